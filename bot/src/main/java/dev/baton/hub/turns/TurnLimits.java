package dev.baton.hub.turns;

import dev.baton.config.LimitSettings;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rate limits for turns at the hub, before anything reaches a daemon: one token bucket per chat user and one per
 * session ({@code [limits]}). A turn needs a token from both; when either is empty the turn is refused with the time
 * to wait, and nothing is taken from the other. Core thread only. Full buckets are forgotten, so memory stays bounded
 * by the users and sessions active in the last minutes.
 */
public final class TurnLimits {
    private static final int SWEEP_EVERY = 1000;
    private final LimitSettings settings;
    private final Clock clock;
    private final Map<String, TokenBucket> users = new HashMap<>();
    private final Map<String, TokenBucket> sessions = new HashMap<>();
    private int calls;

    public TurnLimits(LimitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Takes a token for {@code userKey} in {@code sessionId}; empty if allowed, else the refusal to reply with. */
    public Optional<String> take(String userKey, String sessionId) {
        long now = clock.millis();
        if (++calls % SWEEP_EVERY == 0) {
            users.values().removeIf(b -> b.full(now));
            sessions.values().removeIf(b -> b.full(now));
        }
        TokenBucket user = users.computeIfAbsent(userKey, k -> new TokenBucket(settings.burst(), settings.userTurnsPerMinute(), now));
        TokenBucket session = sessions.computeIfAbsent(sessionId,
                k -> new TokenBucket(settings.burst(), settings.sessionTurnsPerMinute(), now));
        if (!user.available(now)) {
            return Optional.of("you are sending turns faster than " + settings.userTurnsPerMinute()
                    + " a minute; this one was not sent. Try again in " + seconds(user.waitMillis(now)) + ".");
        }
        if (!session.available(now)) {
            return Optional.of("this session is getting turns faster than " + settings.sessionTurnsPerMinute()
                    + " a minute; this one was not sent. Try again in " + seconds(session.waitMillis(now)) + ".");
        }
        user.take(now);
        session.take(now);
        return Optional.empty();
    }

    private static String seconds(long millis) {
        long s = Math.max(1, (millis + 999) / 1000);
        return s + (s == 1 ? " second" : " seconds");
    }
}
