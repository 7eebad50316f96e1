package dev.baton.chat;

import java.util.Objects;

/** A channel on a platform. */
public record ChannelRef(Platform platform, String id) {
    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a channel needs an id");
        }
    }

    public String key() {
        return platform.wire() + ":" + id;
    }
}
