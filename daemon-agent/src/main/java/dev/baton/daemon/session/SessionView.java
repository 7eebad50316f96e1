package dev.baton.daemon.session;

import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.session.SessionState;
import java.time.Duration;
import java.time.Instant;

/** A read-only picture of one session for {@code agent ls}: its row plus live facts (attention, attacher). */
public record SessionView(SessionRow row, String attention, String attachedBy, String layers, String mode) {
    public SessionView(SessionRow row, String attention, String attachedBy, String layers) {
        this(row, attention, attachedBy, layers, "");
    }

    public SessionState state() {
        return row.state();
    }

    public Duration elapsed(Instant now) {
        Instant end = row.endedAt() == null ? now : row.endedAt();
        return Duration.between(row.createdAt(), end);
    }

    public static SessionView ofRow(SessionRow row) {
        return new SessionView(row, "", "", "");
    }
}
