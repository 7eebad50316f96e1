package dev.baton.hub.store;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.id.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link SessionEventStore} in the {@code session_events} table, on sqlite or PostgreSQL: the same SQL on both
 * ({@code ON CONFLICT … DO NOTHING} is the dedupe by (session, seq); sqlite has the upsert clause since 3.24).
 */
final class JdbcSessionEventStore implements SessionEventStore {
    private final Statements sql;

    JdbcSessionEventStore(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void append(List<EventRecord> events) {
        if (!events.isEmpty()) {
            sql.batch("INSERT INTO session_events (" + EventRows.COLUMNS + ") VALUES (?,?,?,?,?)"
                    + " ON CONFLICT (session, seq) DO NOTHING",
                    events.stream().map(EventRows::row).toList());
        }
    }

    @Override
    public List<EventRecord> after(SessionId session, long seq, int limit) {
        return sql.rows("SELECT " + EventRows.COLUMNS + " FROM session_events WHERE session = ? AND seq > ?"
                + " ORDER BY seq LIMIT ?", EventRows::record, session.value(), seq, limit);
    }

    @Override
    public long lastSeq(SessionId session) {
        return sql.rows("SELECT COALESCE(MAX(seq), 0) FROM session_events WHERE session = ?", rs -> rs.getLong(1),
                session.value()).get(0);
    }

    @Override
    public Optional<Instant> lastAt(SessionId session) {
        return sql.rows("SELECT at FROM session_events WHERE session = ? ORDER BY seq DESC LIMIT 1",
                rs -> Instant.ofEpochMilli(rs.getLong(1)), session.value()).stream().findFirst();
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        long before = count();
        sql.update(EventRows.PURGE, cutoff.toEpochMilli());
        return (int) (before - count());
    }

    @Override
    public long count() {
        return sql.rows("SELECT COUNT(*) FROM session_events", rs -> rs.getLong(1)).get(0);
    }
}
