package dev.baton.protocol.event;

import dev.baton.protocol.id.SessionId;
import java.time.Instant;
import java.util.Objects;

/** One event in a session's stream. {@code seq} starts at 1 and rises by one per event, per session. */
public record EventRecord(SessionId session, long seq, Instant at, SessionEvent event) {
    public EventRecord {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
    }
}
