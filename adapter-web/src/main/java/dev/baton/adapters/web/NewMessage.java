package dev.baton.adapters.web;

import java.util.Objects;
import java.util.Optional;

/** A message about to be stored. An empty {@code thread} starts a new thread rooted at this message. */
record NewMessage(String channel, Optional<String> thread, String user, String text, MessageKind kind,
                  Optional<String> post, Optional<String> visibleTo) {
    NewMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(visibleTo, "visibleTo");
    }

    static NewMessage fromUser(String channel, Optional<String> thread, String user, String text) {
        return new NewMessage(channel, thread, user, text, MessageKind.USER, Optional.empty(), Optional.empty());
    }
}
