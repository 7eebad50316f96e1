package dev.baton.hub.sessions;

import java.util.Locale;
import java.util.Optional;

/**
 * How much of the agent's side a channel's threads show. {@code quiet}: each turn's final message. {@code normal}:
 * that, and one working line edited in place while the agent works. {@code verbose}: every message the agent writes as
 * it writes it, the working line, and each failed tool call.
 */
public enum Detail {
    QUIET, NORMAL, VERBOSE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Detail> parse(String word) {
        for (Detail d : values()) {
            if (d.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
