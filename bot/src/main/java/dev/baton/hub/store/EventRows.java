package dev.baton.hub.store;

import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A {@code session_events} row to and from an {@link EventRecord}: the body is the record's JSON form. */
final class EventRows {
    static final String COLUMNS = "session, seq, at, type, body";
    static final String PURGE = "DELETE FROM session_events WHERE at < ? AND seq < (SELECT MAX(e.seq) FROM"
            + " session_events e WHERE e.session = session_events.session)";

    private EventRows() {}

    static Object[] row(EventRecord r) {
        return new Object[] {r.session().value(), r.seq(), r.at().toEpochMilli(), r.event().type(),
                Json.write(EventJson.toMap(r))};
    }

    static EventRecord record(ResultSet rs) throws SQLException {
        return EventJson.fromMap(Json.parseObject(rs.getString(5)));
    }
}
