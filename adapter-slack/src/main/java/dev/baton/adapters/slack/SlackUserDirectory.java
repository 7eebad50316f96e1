package dev.baton.adapters.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Identity;
import dev.baton.chat.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a Slack user id to a Baton identity: the configured identity when there is one, else the display name from
 * {@code users.info} (cached for an hour; a failed lookup falls back to the id and is retried after a minute).
 * The cache is bounded. Thread-safe.
 */
final class SlackUserDirectory {
    private static final Logger log = LoggerFactory.getLogger(SlackUserDirectory.class);
    private static final int MAX_CACHED = 5_000;
    private static final Duration FRESH = Duration.ofHours(1);
    private static final Duration RETRY_FAILED = Duration.ofMinutes(1);

    private record Cached(String name, long until) {}

    private final MethodsClient api;
    private final Map<String, Identity> configured;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_CACHED;
        }
    };

    SlackUserDirectory(MethodsClient api, Map<String, Identity> configured, Clock clock) {
        this.api = api;
        this.configured = configured;
        this.clock = clock;
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
        long now = clock.millis();
        synchronized (cache) {
            Cached c = cache.get(id);
            if (c != null && c.until() > now) {
                return c.name();
            }
        }
        Optional<String> looked = lookup(id);
        String name = looked.orElse(id);
        synchronized (cache) {
            cache.put(id, new Cached(name, now + (looked.isPresent() ? FRESH : RETRY_FAILED).toMillis()));
        }
        return name;
    }

    private Optional<String> lookup(String id) {
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
