package dev.baton.protocol.session;

import java.util.Locale;
import java.util.Optional;

/** An answer to a permission prompt. */
public enum Decision {
    ALLOW_ONCE("approved once"), ALLOW_ALWAYS("approved always"), DENY("denied"),
    /** Answered outside Baton's view (at the terminal, or with raw keys): the choice itself is not known. */
    ANSWERED("answered");

    private final String words;
    private final String wire = name().toLowerCase(Locale.ROOT);

    Decision(String words) {
        this.words = words;
    }

    /** How a person would say it: {@code approved once}. */
    public String words() {
        return words;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Decision> fromWire(String s) {
        for (Decision d : values()) {
            if (d.wire().equals(s)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public boolean allows() {
        return this == ALLOW_ONCE || this == ALLOW_ALWAYS;
    }
}
