package dev.baton.adapters.discord;

import dev.baton.chat.Backoff;
import dev.baton.chat.Identity;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the Discord adapter needs, already resolved by the composition root: the bot token, the guilds where
 * {@code /agent} is registered, allow-lists (empty = everyone), known people by Discord user id, the REST base URL
 * and, for tests, a gateway URL (empty = Discord's own). {@link #toString()} never shows the token.
 */
public record DiscordOptions(String token, Set<String> guilds, Set<String> channels, Set<String> users,
                             Map<String, Identity> identities, String apiUrl, Optional<String> gatewayUrl,
                             Tuning tuning) {
    public static final String DISCORD_API = "https://discord.com/api/v10/";

    /**
     * How long to wait for the gateway's READY, the bounds of each queue, and how to pace the attempts to reach
     * Discord while it is unreachable.
     */
    public record Tuning(Duration readyTimeout, Duration callDeadline, int laneCapacity, int inboundCapacity,
                         Backoff reconnect) {
        public static final Tuning DEFAULTS = new Tuning(Duration.ofSeconds(60), Duration.ofSeconds(20), 1_000, 1_024,
                Backoff.DEFAULT);

        public Tuning(Duration readyTimeout, Duration callDeadline, int laneCapacity, int inboundCapacity) {
            this(readyTimeout, callDeadline, laneCapacity, inboundCapacity, Backoff.DEFAULT);
        }

        public Tuning withReconnect(Backoff b) {
            return new Tuning(readyTimeout, callDeadline, laneCapacity, inboundCapacity, b);
        }
    }

    public DiscordOptions {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("Discord needs a bot token");
        }
        guilds = Set.copyOf(guilds);
        if (guilds.isEmpty()) {
            throw new IllegalArgumentException("Discord needs at least one guild id to register /agent in");
        }
        channels = Set.copyOf(channels);
        users = Set.copyOf(users);
        identities = Map.copyOf(identities);
        if (apiUrl == null || !apiUrl.endsWith("/")) {
            throw new IllegalArgumentException("the Discord API URL must end in '/': " + apiUrl);
        }
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(tuning, "tuning");
    }

    public DiscordOptions(String token, Set<String> guilds, Set<String> channels, Set<String> users,
                          Map<String, Identity> identities, String apiUrl, Optional<String> gatewayUrl) {
        this(token, guilds, channels, users, identities, apiUrl, gatewayUrl, Tuning.DEFAULTS);
    }

    public DiscordOptions withTuning(Tuning t) {
        return new DiscordOptions(token, guilds, channels, users, identities, apiUrl, gatewayUrl, t);
    }

    @Override
    public String toString() {
        return "DiscordOptions[guilds " + guilds + ", channels " + channels + ", users " + users + ", api " + apiUrl
                + gatewayUrl.map(g -> ", gateway " + g).orElse("") + ", token hidden]";
    }
}
