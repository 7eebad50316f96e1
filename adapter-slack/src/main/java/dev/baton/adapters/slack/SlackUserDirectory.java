package dev.baton.adapters.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Identity;
import dev.baton.chat.Platform;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a Slack user id to a Baton identity: the configured identity when there is one, else the display name from
 * {@code users.info} (cached for an hour; a failed lookup falls back to the id and is retried after a minute).
 * The cache is bounded (Caffeine, on an injected {@link Ticker}). Thread-safe.
 */
final class SlackUserDirectory {
    private static final Logger log = LoggerFactory.getLogger(SlackUserDirectory.class);
    private static final int MAX_CACHED = 5_000;
    private static final Duration FRESH = Duration.ofHours(1);
    private static final Duration RETRY_FAILED = Duration.ofMinutes(1);

    /** A looked-up name, or the id when the lookup failed ({@code found} false: kept a minute only). */
    private record Cached(String name, boolean found) {}

    /** How Slack is asked: {@code users.info}, in production through Bolt's client. */
    @FunctionalInterface
    interface Lookup {
        Optional<String> displayName(String userId);
    }

    private final Lookup lookup;
    private final Map<String, Identity> configured;
    private final Cache<String, Cached> cache;

    SlackUserDirectory(MethodsClient api, Map<String, Identity> configured, Ticker ticker) {
        this(id -> lookup(api, id), configured, ticker);
    }

    SlackUserDirectory(Lookup lookup, Map<String, Identity> configured, Ticker ticker) {
        this.lookup = lookup;
        this.configured = configured;
        this.cache = Caffeine.newBuilder().maximumSize(MAX_CACHED).ticker(ticker).executor(Runnable::run)
                .expireAfter(Expiry.<String, Cached>creating((id, c) -> c.found() ? FRESH : RETRY_FAILED))
                .build();
    }

    ChatUser user(String id) {
        return new ChatUser(Platform.SLACK, id, name(id));
    }

    /** The identity behind a Slack user: configured, or just the display name. */
    Identity identity(String id) {
        Identity known = configured.get(id);
        return known != null ? known : Identity.named(name(id));
    }

    String name(String id) {
        Identity known = configured.get(id);
        if (known != null) {
            return known.name();
        }
        Cached c = cache.getIfPresent(id);
        if (c == null) {
            // looked up outside the cache's locks: users.info is a network call
            c = lookup.displayName(id).map(n -> new Cached(n, true)).orElseGet(() -> new Cached(id, false));
            cache.put(id, c);
        }
        return c.name();
    }

    private static Optional<String> lookup(MethodsClient api, String id) {
        try {
            UsersInfoResponse r = api.usersInfo(b -> b.user(id));
            if (!r.isOk() || r.getUser() == null) {
                log.debug("users.info for {} failed: {}", id, r.getError());
                return Optional.empty();
            }
            return displayName(r.getUser());
        } catch (Exception e) {
            log.debug("users.info for {} failed: {}", id, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<String> displayName(User u) {
        if (u.getProfile() != null) {
            for (String n : new String[] {u.getProfile().getDisplayName(), u.getProfile().getRealName()}) {
                if (n != null && !n.isBlank()) {
                    return Optional.of(n.strip());
                }
            }
        }
        return Optional.ofNullable(u.getRealName()).or(() -> Optional.ofNullable(u.getName())).filter(n -> !n.isBlank());
    }
}
