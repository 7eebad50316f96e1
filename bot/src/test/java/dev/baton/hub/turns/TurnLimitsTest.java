package dev.baton.hub.turns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.LimitSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets per user and per session, on an injected ticker: bursts pass, floods are refused, time refills. */
class TurnLimitsTest {
    /** Caffeine's Ticker over a counter the test moves (nanoseconds). */
    static final class MovableTicker implements com.github.benmanes.caffeine.cache.Ticker {
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration d) {
            nanos.addAndGet(d.toNanos());
        }
    }

    @Test
    void a_burst_passes_then_turns_are_refused_until_the_bucket_refills() {
        MovableTicker clock = new MovableTicker();
        TurnLimits limits = new TurnLimits(new LimitSettings(6, 100, 3), clock);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limits.take("web:ana", "s1"), "turn " + i);
        }
        Optional<String> refused = limits.take("web:ana", "s1");
        assertTrue(refused.orElseThrow().contains("faster than 6 a minute") && refused.get().contains("10 seconds"),
                refused.get());
        assertEquals(Optional.empty(), limits.take("web:bob", "s2"), "another user has a bucket of their own");
        clock.advance(Duration.ofSeconds(10));
        assertEquals(Optional.empty(), limits.take("web:ana", "s1"), "one token refilled after 10 s");
        assertTrue(limits.take("web:ana", "s1").isPresent());
    }

    @Test
    void a_session_bucket_caps_many_users_and_a_refusal_costs_nothing() {
        MovableTicker clock = new MovableTicker();
        TurnLimits limits = new TurnLimits(new LimitSettings(100, 1, 2), clock);
        assertEquals(Optional.empty(), limits.take("web:a", "s1"));
        assertEquals(Optional.empty(), limits.take("web:b", "s1"));
        assertTrue(limits.take("web:c", "s1").orElseThrow().contains("this session is getting turns faster than 1 a minute"));
        assertEquals(Optional.empty(), limits.take("web:c", "s2"), "the refusal took no token from web:c");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), limits.take("web:c", "s1"));
    }

    @Test
    void a_bucket_untouched_until_it_would_be_full_again_is_forgotten_and_a_busy_one_is_kept() {
        MovableTicker clock = new MovableTicker();
        TurnLimits limits = new TurnLimits(new LimitSettings(6, 60, 3), clock);
        limits.take("web:ana", "s1");
        limits.take("web:ana", "s1");
        limits.take("web:bob", "s2");
        assertEquals(2, limits.remembered()[0]);
        clock.advance(Duration.ofSeconds(29));
        limits.take("web:ana", "s1");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1, limits.remembered()[0], "bob's bucket refilled in 30 s and was dropped; ana's was used since");
        assertEquals(1, limits.remembered()[1], "s2 filled up again at 60 a minute within 3 s and was dropped");
        clock.advance(Duration.ofSeconds(30));
        assertEquals(0, limits.remembered()[0]);
        assertEquals(Optional.empty(), limits.take("web:ana", "s1"), "a forgotten bucket comes back full");
    }
}
