package dev.baton.hub.turns;

/**
 * A token bucket: holds up to {@code capacity} tokens and gains {@code perMinute} per minute. Time comes from the
 * caller (nanoseconds of an injected Ticker), so tests move it instead of sleeping. Not thread-safe: core thread.
 */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long at;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.perNano = perMinute / 60e9;
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

    /** Nanoseconds from {@code now} until a token is available; 0 if one is. */
    long waitNanos(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    /** How long an untouched bucket takes to fill up from empty: after that, forgetting it changes nothing. */
    static java.time.Duration fillTime(int capacity, int perMinute) {
        return java.time.Duration.ofNanos((long) Math.ceil(capacity / (perMinute / 60e9)));
    }

    private void refill(long now) {
        if (now > at) {
            tokens = Math.min(capacity, tokens + (now - at) * perNano);
            at = now;
        }
    }
}
