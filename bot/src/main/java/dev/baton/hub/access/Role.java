package dev.baton.hub.access;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's role in one session. The owner may do everything; a driver may send turns and keys, pause and kill; a
 * watcher may only look; an approver may look and answer permission prompts.
 */
public enum Role {
    OWNER, DRIVER, WATCHER, APPROVER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) {
            if (r.wire().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether this role may send input (turns, keys, pause and resume, kill). */
    public boolean drives() {
        return this == OWNER || this == DRIVER;
    }
}
