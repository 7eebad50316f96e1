package dev.baton.config;

import java.util.List;
import java.util.Optional;

/**
 * {@code [slack]}: the bot token, and either a signing secret (HTTP mode, {@code /slack/events} on the hub) or an
 * app-level token (Socket Mode, no public URL). Secrets are references ({@code env:} or {@code file:}); their
 * {@code toString} never shows a value. Empty {@code channels} / {@code users} mean everyone.
 */
public record SlackSettings(SecretRef botToken, Optional<SecretRef> signingSecret, Optional<SecretRef> appToken,
                            String apiUrl, List<String> channels, List<String> users) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        channels = List.copyOf(channels);
        users = List.copyOf(users);
    }

    /** Socket Mode when an app-level token is given, else HTTP mode. */
    public boolean socketMode() {
        return appToken.isPresent();
    }
}
