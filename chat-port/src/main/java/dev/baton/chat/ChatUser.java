package dev.baton.chat;

import java.util.Objects;

/** A person on one platform: the platform's user id and the name to show. */
public record ChatUser(Platform platform, String id, String name) {
    public ChatUser {
        Objects.requireNonNull(platform, "platform");
        if (id == null || id.isBlank() || id.length() > 128) {
            throw new IllegalArgumentException("a chat user needs an id of 1-128 characters");
        }
        name = name == null || name.isBlank() ? id : name;
    }

    /** {@code web:ana}: stable across renames, used as the key for identities and roles. */
    public String key() {
        return platform.wire() + ":" + id;
    }
}
