package dev.baton.hub.turns;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.config.LimitSettings;
import java.util.Optional;

/**
 * Rate limits for turns at the hub, before anything reaches a daemon: one token bucket per chat user and one per
 * session ({@code [limits]}). A turn needs a token from both; when either is empty the turn is refused with the time
 * to wait, and nothing is taken from the other. Core thread only. A bucket untouched for as long as it takes to fill
 * up is forgotten (Caffeine, expire after access, on the injected {@link Ticker}): a new one is just as full, and
 * memory stays bounded by the users and sessions active in the last minutes.
 */
public final class TurnLimits {
    private static final int MAX_BUCKETS = 100_000;
    private final LimitSettings settings;
    private final Ticker ticker;
    private final Cache<String, TokenBucket> users;
    private final Cache<String, TokenBucket> sessions;

    public TurnLimits(LimitSettings settings, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
        this.users = buckets(TokenBucket.fillTime(settings.burst(), settings.userTurnsPerMinute()), ticker);
        this.sessions = buckets(TokenBucket.fillTime(settings.burst(), settings.sessionTurnsPerMinute()), ticker);
    }

    private static Cache<String, TokenBucket> buckets(java.time.Duration fill, Ticker ticker) {
        return Caffeine.newBuilder().expireAfterAccess(fill).maximumSize(MAX_BUCKETS).ticker(ticker)
                .executor(Runnable::run).build();
    }

    /** Buckets remembered now (users, sessions): the ones touched within their fill time. */
    long[] remembered() {
        users.cleanUp();
        sessions.cleanUp();
        return new long[] {users.estimatedSize(), sessions.estimatedSize()};
    }

    /** Takes a token for {@code userKey} in {@code sessionId}; empty if allowed, else the refusal to reply with. */
    public Optional<String> take(String userKey, String sessionId) {
        long now = ticker.read();
        TokenBucket user = users.get(userKey, k -> new TokenBucket(settings.burst(), settings.userTurnsPerMinute(), now));
        TokenBucket session = sessions.get(sessionId,
                k -> new TokenBucket(settings.burst(), settings.sessionTurnsPerMinute(), now));
        if (!user.available(now)) {
            return Optional.of("you are sending turns faster than " + settings.userTurnsPerMinute()
                    + " a minute; this one was not sent. Try again in " + seconds(user.waitNanos(now)) + ".");
        }
        if (!session.available(now)) {
            return Optional.of("this session is getting turns faster than " + settings.sessionTurnsPerMinute()
                    + " a minute; this one was not sent. Try again in " + seconds(session.waitNanos(now)) + ".");
        }
        user.take(now);
        session.take(now);
        return Optional.empty();
    }

    private static String seconds(long nanos) {
        long s = Math.max(1, (nanos + 999_999_999) / 1_000_000_000);
        return s + (s == 1 ? " second" : " seconds");
    }
}
