package dev.baton.chat;

import java.util.Objects;

/** A message the hub may edit later (a status card, a turn's acknowledgement). */
public record MessageRef(ThreadRef thread, String id) {
    public MessageRef {
        Objects.requireNonNull(thread, "thread");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a message needs an id");
        }
    }
}
