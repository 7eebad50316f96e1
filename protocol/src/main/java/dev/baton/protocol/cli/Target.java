package dev.baton.protocol.cli;

import dev.baton.protocol.json.JsonInline;
import java.util.Optional;

/**
 * Which session a request is about: by {@code name}, or (a command run inside a session) by the session's id. It
 * sits in the request object itself: {@code {"op":"screen","name":"fix-login"}}.
 */
public record Target(Optional<String> name, Optional<String> sessionId) implements JsonInline {
    public static Target named(String name) {
        return new Target(Optional.of(name), Optional.empty());
    }

    /** {@code name}, else the session {@code sessionId} (either may be null). */
    public static Target of(String name, String sessionId) {
        return new Target(Optional.ofNullable(name), Optional.ofNullable(sessionId));
    }
}
