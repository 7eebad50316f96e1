package dev.baton.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * The Baton identity behind a chat user: the name turns are attributed to, and (where configured) the GitHub login
 * and email used for Co-authored-by trailers.
 */
public record Identity(String name, Optional<String> github, Optional<String> email) {
    public Identity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(github, "github");
        Objects.requireNonNull(email, "email");
    }

    public static Identity named(String name) {
        return new Identity(name, Optional.empty(), Optional.empty());
    }
}
