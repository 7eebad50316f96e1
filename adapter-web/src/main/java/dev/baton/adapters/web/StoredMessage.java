package dev.baton.adapters.web;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the message table. {@code thread} is the id of the thread's root; a root's thread is its own id.
 * {@code post} is the structured JSON of a bot post; {@code visibleTo} marks a whisper.
 */
record StoredMessage(String id, String channel, String thread, String user, String text, Instant created,
                     MessageKind kind, Optional<String> post, Optional<String> badge, Optional<String> visibleTo,
                     boolean edited) {

    boolean isRoot() {
        return id.equals(thread);
    }

    /** Whether {@code viewer} (a user name, or empty for nobody in particular) may see this message. */
    boolean visibleTo(Optional<String> viewer) {
        return visibleTo.isEmpty() || visibleTo.equals(viewer);
    }
}
