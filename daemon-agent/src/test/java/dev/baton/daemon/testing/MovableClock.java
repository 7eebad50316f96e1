package dev.baton.daemon.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it, so timers (prompt grace, settle, gone, idle) run without sleeping. */
public final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-21T12:00:00Z");

    /** Moves time forward by {@code millis}. */
    public void advance(long millis) {
        now = now.plus(Duration.ofMillis(millis));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
