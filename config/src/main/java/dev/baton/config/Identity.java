package dev.baton.config;

import java.util.Optional;

/**
 * {@code [identities.NAME]}: one person across platforms. {@code key} is NAME; {@code displayName} (key {@code name}
 * in the table) is how turns are attributed; GitHub login and email feed Co-authored-by trailers. {@code web} is the
 * name the person uses in the embedded web chat (self-declared there, so a trailer for it is only as good as the web
 * token's secrecy).
 */
public record Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                       Optional<String> github, Optional<String> email, Optional<String> web) {
    public Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                    Optional<String> github, Optional<String> email) {
        this(key, displayName, slack, discord, github, email, Optional.empty());
    }

    /** {@code Name <email>} for a Co-authored-by trailer, if an email is configured. */
    public Optional<String> coAuthor() {
        return email.map(e -> displayName.orElse(key) + " <" + e + ">");
    }
}
