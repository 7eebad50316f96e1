package dev.baton.adapters.slack;

import dev.baton.chat.Backoff;
import dev.baton.chat.Identity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the Slack adapter needs, already resolved by the composition root: the bot token, a signing secret (HTTP
 * mode) or an app-level token (Socket Mode; preferred when both are given), the Web API base URL, allow-lists
 * (empty = everyone), known people by Slack user id, and the file for delivered event ids. {@link #toString()}
 * never shows a secret.
 */
public record SlackOptions(String botToken, Optional<String> signingSecret, Optional<String> appToken, String apiUrl,
                           Set<String> channels, Set<String> users, Map<String, Identity> identities, Path eventsDb,
                           Tuning tuning) {

    /**
     * Pacing and limits; {@link #DEFAULTS} follows Slack's documented limits. {@code reconnect} paces the attempts
     * to reach Slack while it is unreachable.
     */
    public record Tuning(Duration postInterval, Duration dedupeTtl, Duration startDeadline, int outboxCapacity,
                         int inboundCapacity, Backoff reconnect) {
        public static final Tuning DEFAULTS = new Tuning(Duration.ofSeconds(1), Duration.ofHours(1),
                Duration.ofSeconds(10), 1_000, 1_024, Backoff.DEFAULT);

        public Tuning(Duration postInterval, Duration dedupeTtl, Duration startDeadline, int outboxCapacity,
                      int inboundCapacity) {
            this(postInterval, dedupeTtl, startDeadline, outboxCapacity, inboundCapacity, Backoff.DEFAULT);
        }

        public Tuning withReconnect(Backoff b) {
            return new Tuning(postInterval, dedupeTtl, startDeadline, outboxCapacity, inboundCapacity, b);
        }
    }

    public SlackOptions {
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("Slack needs a bot token");
        }
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(appToken, "appToken");
        if (signingSecret.isEmpty() && appToken.isEmpty()) {
            throw new IllegalArgumentException("Slack needs a signing secret (HTTP mode) or an app token (Socket Mode)");
        }
        if (apiUrl == null || !apiUrl.endsWith("/")) {
            throw new IllegalArgumentException("the Slack API URL must end in '/': " + apiUrl);
        }
        channels = Set.copyOf(channels);
        users = Set.copyOf(users);
        identities = Map.copyOf(identities);
        Objects.requireNonNull(eventsDb, "eventsDb");
        Objects.requireNonNull(tuning, "tuning");
    }

    public SlackOptions(String botToken, Optional<String> signingSecret, Optional<String> appToken, String apiUrl,
                        Set<String> channels, Set<String> users, Map<String, Identity> identities, Path eventsDb) {
        this(botToken, signingSecret, appToken, apiUrl, channels, users, identities, eventsDb, Tuning.DEFAULTS);
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    public SlackOptions withTuning(Tuning t) {
        return new SlackOptions(botToken, signingSecret, appToken, apiUrl, channels, users, identities, eventsDb, t);
    }

    @Override
    public String toString() {
        return "SlackOptions[" + (socketMode() ? "socket mode" : "http mode") + ", api " + apiUrl + ", channels "
                + channels + ", users " + users + ", events " + eventsDb + ", secrets hidden]";
    }
}
