package dev.baton.config;

import java.util.Optional;

/**
 * {@code [identities.NAME]}: one person across platforms. {@code key} is NAME; {@code displayName} (key {@code name}
 * in the table) is how turns are attributed; {@code github} (the login) is shown as {@code @login} next to it; email,
 * or else GitHub's noreply address, feeds Co-authored-by trailers ({@code github_id} makes the noreply address the
 * one GitHub links to the account). {@code daemon} is the person's preferred machine: {@code /agent run} starts
 * there when neither the command nor the channel names one (and says so, offering the others, when it is offline).
 * {@code web} is the name the person uses in the embedded web chat (self-declared
 * there, so a trailer for it is only as good as the web token's secrecy).
 */
public record Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                       Optional<String> github, Optional<String> email, Optional<String> web, Optional<Long> githubId,
                       Optional<String> daemon) {
    public Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                    Optional<String> github, Optional<String> email, Optional<String> web) {
        this(key, displayName, slack, discord, github, email, web, Optional.empty(), Optional.empty());
    }

    public Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                    Optional<String> github, Optional<String> email) {
        this(key, displayName, slack, discord, github, email, Optional.empty());
    }

    /**
     * {@code Name <email>} for a Co-authored-by trailer: the configured email, else the GitHub noreply address
     * ({@link #githubNoreply}); empty with neither.
     */
    public Optional<String> coAuthor() {
        return email.or(this::githubNoreply).map(e -> displayName.orElse(key) + " <" + e + ">");
    }

    /**
     * GitHub's noreply address: {@code ID+login@users.noreply.github.com} with {@code github_id}, else the older
     * {@code login@users.noreply.github.com} form (GitHub still links it to the account by login, so a renamed
     * account loses the credit; set {@code github_id} to be exact).
     */
    public Optional<String> githubNoreply() {
        return github.map(login -> githubId.map(id -> id + "+" + login).orElse(login) + "@users.noreply.github.com");
    }

    /** {@code @login}, if the GitHub login is configured. */
    public Optional<String> githubHandle() {
        return github.map(login -> "@" + login);
    }
}
