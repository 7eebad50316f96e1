package dev.baton.chat;

import java.util.Objects;

/** A thread in a channel; on every platform a thread hangs off its root message. */
public record ThreadRef(ChannelRef channel, String id) {
    public ThreadRef {
        Objects.requireNonNull(channel, "channel");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a thread needs an id");
        }
    }

    public String key() {
        return channel.key() + "/" + id;
    }

    public static ThreadRef parse(String key) {
        int colon = key.indexOf(':');
        int slash = key.lastIndexOf('/');
        return new ThreadRef(new ChannelRef(Platform.fromWire(key.substring(0, colon)), key.substring(colon + 1, slash)),
                key.substring(slash + 1));
    }
}
