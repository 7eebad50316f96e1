package dev.baton.hub.turns;

/**
 * A token bucket: holds up to {@code capacity} tokens and gains {@code perMinute} per minute. Time comes from the
 * caller (milliseconds of an injected clock), so tests move it instead of sleeping. Not thread-safe: core thread.
 */
final class TokenBucket {
    private final double capacity;
    private final double perMilli;
    private double tokens;
    private long at;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.perMilli = perMinute / 60_000.0;
        this.tokens = capacity;
        this.at = now;
    }

    /** Whether a token is available at {@code now} (without taking it). */
    boolean available(long now) {
        refill(now);
        return tokens >= 1;
    }

    void take(long now) {
        refill(now);
        tokens -= 1;
    }

    /** Milliseconds from {@code now} until a token is available; 0 if one is. */
    long waitMillis(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
    }

    /** Full again: nothing to remember. */
    boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > at) {
            tokens = Math.min(capacity, tokens + (now - at) * perMilli);
            at = now;
        }
    }
}
