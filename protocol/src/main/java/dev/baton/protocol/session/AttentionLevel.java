package dev.baton.protocol.session;

import java.util.Locale;
import java.util.Optional;

/** How loudly a signal asks for a human: {@code info} < {@code notice} < {@code action}. */
public enum AttentionLevel {
    /** Updates a status in place, nothing else. */
    INFO,
    /** A quiet post, no mention. */
    NOTICE,
    /** Pings the people who can answer; blocks the session until answered. */
    ACTION;

    private final String wire = name().toLowerCase(Locale.ROOT);

    public boolean pings() {
        return this == ACTION;
    }

    public String wire() {
        return wire;
    }

    public static Optional<AttentionLevel> parse(String s) {
        for (AttentionLevel level : values()) {
            if (level.wire().equals(s)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
