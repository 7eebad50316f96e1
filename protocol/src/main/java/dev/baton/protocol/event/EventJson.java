package dev.baton.protocol.event;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.RecordJson;
import java.util.Map;

/**
 * The JSON form of events: {@code {"session","seq","at","type",...fields}}, the event's fields following its record
 * ({@link RecordJson}). Stable; scripts read it.
 */
public final class EventJson {
    private EventJson() {}

    public static Map<String, Object> toMap(EventRecord record) {
        return RecordJson.toMap(record);
    }

    /** The event's own fields, without its {@code type} (the store keeps the type in a column of its own). */
    public static Map<String, Object> body(SessionEvent event) {
        return RecordJson.fields((Record) event);
    }

    public static EventRecord fromMap(Map<String, Object> map) {
        return RecordJson.fromMap(map, EventRecord.class);
    }

    /** The event of {@code type} whose fields are {@code f}; throws for an unknown type or a missing field. */
    public static SessionEvent event(String type, Fields f) {
        return RecordJson.fromTagged(type, f.map(), SessionEvent.class);
    }
}
