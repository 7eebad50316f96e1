package dev.baton.daemon.report;

import java.time.Clock;

/**
 * A token bucket per session: up to {@code burst} events at once, refilled at {@code perSecond}. Time comes from
 * the injected {@link Clock}, so a test moves it by hand. Owned by one session's actor; not thread-safe.
 */
public final class EventRateLimit {
    /** Sustained events per second one session may report. */
    public static final int PER_SECOND = 50;
    /** Events one session may report at once, after a quiet spell. */
    public static final int BURST = 500;

    private final Clock clock;
    private final double perMilli;
    private final int burst;
    private double tokens;
    private long last;

    public EventRateLimit(Clock clock, int perSecond, int burst) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one event per second and a burst of one");
        }
        this.clock = clock;
        this.perMilli = perSecond / 1000.0;
        this.burst = burst;
        this.tokens = burst;
        this.last = clock.millis();
    }

    public static EventRateLimit standard(Clock clock) {
        return new EventRateLimit(clock, PER_SECOND, BURST);
    }

    /** Takes one event's token; false if the session is over its rate. */
    public boolean tryAcquire() {
        long now = clock.millis();
        if (now > last) {
            tokens = Math.min(burst, tokens + (now - last) * perMilli);
            last = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Why an event was refused, for the reporter. */
    public String refusal() {
        return "rate limited: a session may report " + (int) Math.round(perMilli * 1000) + " events per second"
                + " (bursts of " + burst + "); slow down and send it again";
    }
}
