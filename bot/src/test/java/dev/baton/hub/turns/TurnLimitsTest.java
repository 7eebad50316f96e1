package dev.baton.hub.turns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.LimitSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Token buckets per user and per session, on an injected clock: bursts pass, floods are refused, time refills. */
class TurnLimitsTest {
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-21T12:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a_burst_passes_then_turns_are_refused_until_the_bucket_refills() {
        MovableClock clock = new MovableClock();
        TurnLimits limits = new TurnLimits(new LimitSettings(6, 100, 3), clock);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limits.take("web:ana", "s1"), "turn " + i);
        }
        Optional<String> refused = limits.take("web:ana", "s1");
        assertTrue(refused.orElseThrow().contains("faster than 6 a minute") && refused.get().contains("10 seconds"),
                refused.get());
        assertEquals(Optional.empty(), limits.take("web:bob", "s2"), "another user has a bucket of their own");
        clock.now = clock.now.plus(Duration.ofSeconds(10));
        assertEquals(Optional.empty(), limits.take("web:ana", "s1"), "one token refilled after 10 s");
        assertTrue(limits.take("web:ana", "s1").isPresent());
    }

    @Test
    void a_session_bucket_caps_many_users_and_a_refusal_costs_nothing() {
        MovableClock clock = new MovableClock();
        TurnLimits limits = new TurnLimits(new LimitSettings(100, 1, 2), clock);
        assertEquals(Optional.empty(), limits.take("web:a", "s1"));
        assertEquals(Optional.empty(), limits.take("web:b", "s1"));
        assertTrue(limits.take("web:c", "s1").orElseThrow().contains("this session is getting turns faster than 1 a minute"));
        assertEquals(Optional.empty(), limits.take("web:c", "s2"), "the refusal took no token from web:c");
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), limits.take("web:c", "s1"));
    }
}
