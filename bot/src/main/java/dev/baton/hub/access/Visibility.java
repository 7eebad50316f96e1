package dev.baton.hub.access;

import java.util.Locale;
import java.util.Optional;

/** Who sees a session besides its owner: nobody, the people it is shared with, or everyone in its channel. */
public enum Visibility {
    PRIVATE, SHARED, CHANNEL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> parse(String text) {
        for (Visibility v : values()) {
            if (v.wire().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
