package dev.baton.protocol.wire;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.json.RecordJson;
import java.util.Map;

/**
 * Frames as JSON text: {@code {"v":2,"n":12,"ack":40,"type":"deliver_turn",...}}; the message's fields follow its
 * record ({@link RecordJson}).
 */
public final class WireJson {
    private WireJson() {}

    public static String write(Frame frame) {
        Map<String, Object> map = Json.object("v", WireMessage.VERSION, "n", frame.number(), "ack", frame.ack());
        map.putAll(RecordJson.toMap((Record) frame.message()));
        return Json.write(map);
    }

    /** Parses a frame; throws {@link JsonException} for malformed text, unknown types or another version. */
    public static Frame read(String text) {
        Fields f = Fields.of(Json.parseObject(text));
        long v = f.number("v");
        if (v != WireMessage.VERSION) {
            throw new JsonException("protocol version " + v + " is not supported (this side speaks " + WireMessage.VERSION + ")");
        }
        return new Frame(f.optNumber("n").orElse(0L), f.optNumber("ack").orElse(0L),
                RecordJson.fromTagged(f.map(), WireMessage.class));
    }
}
