package dev.baton.config;

import java.util.Optional;

/**
 * {@code [identities.NAME]}: one person across platforms. {@code key} is NAME; {@code displayName} (key {@code name}
 * in the table) is how turns are attributed; GitHub login and email feed Co-authored-by trailers. {@code web} is the
 * name the person uses in the embedded web chat (self-declared there, so a trailer for it is only as good as the web
 * token's secrecy). {@code daemon} is the person's preferred machine: {@code /agent run} starts there when neither the
 * command nor the channel names one (and says so, offering the others, when it is offline).
 */
public record Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                       Optional<String> github, Optional<String> email, Optional<String> web, Optional<String> daemon) {
    public Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                    Optional<String> github, Optional<String> email, Optional<String> web) {
        this(key, displayName, slack, discord, github, email, web, Optional.empty());
    }

    public Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                    Optional<String> github, Optional<String> email) {
        this(key, displayName, slack, discord, github, email, Optional.empty());
    }

    /** {@code Name <email>} for a Co-authored-by trailer, if an email is configured. */
    public Optional<String> coAuthor() {
        return email.map(e -> displayName.orElse(key) + " <" + e + ">");
    }
}
