package dev.baton.chat;

import java.time.Duration;

/** How long to wait before attempt {@code n + 1} after {@code n} failures: {@code first}, doubling, at most {@code max}. */
public record Backoff(Duration first, Duration max) {
    /** 1 s, 2 s, 4 s … up to a minute. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff needs 0 < first <= max: " + first + ", " + max);
        }
    }

    /** The wait after {@code failures} failed attempts in a row (1 or more). */
    public Duration after(int failures) {
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
