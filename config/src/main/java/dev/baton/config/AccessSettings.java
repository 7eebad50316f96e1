package dev.baton.config;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code [access]}: who sees a new session ({@code private}, {@code shared} or {@code channel}), how long a session
 * page link lives, and the address links start with when the hub is reached through another name (a proxy).
 */
public record AccessSettings(String visibility, Duration linkTtl, Optional<String> baseUrl) {
    public static final java.util.List<String> VISIBILITIES = java.util.List.of("private", "shared", "channel");

    public AccessSettings {
        if (!VISIBILITIES.contains(visibility)) {
            throw new IllegalArgumentException("visibility must be private, shared or channel");
        }
    }

    public static AccessSettings defaults() {
        return new AccessSettings("channel", Duration.ofHours(12), Optional.empty());
    }
}
