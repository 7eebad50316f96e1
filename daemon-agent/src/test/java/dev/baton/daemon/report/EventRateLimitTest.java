package dev.baton.daemon.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.daemon.testing.MovableClock;
import org.junit.jupiter.api.Test;

class EventRateLimitTest {
    final MovableClock clock = new MovableClock();

    int takeAll(EventRateLimit limit) {
        int n = 0;
        while (limit.tryAcquire()) {
            n++;
        }
        return n;
    }

    @Test
    void a_burst_passes_at_once_and_then_the_rate_refills_it_with_time() {
        EventRateLimit limit = new EventRateLimit(clock, 10, 30);
        assertEquals(30, takeAll(limit));
        assertFalse(limit.tryAcquire(), "no time has passed");
        clock.advance(99);
        assertEquals(0, takeAll(limit), "under a tenth of a second at 10 per second");
        clock.advance(1);
        assertEquals(1, takeAll(limit));
        clock.advance(60_000);
        assertEquals(30, takeAll(limit), "a quiet minute refills the burst, never more");
    }

    @Test
    void the_refusal_says_what_the_limit_is() {
        EventRateLimit limit = EventRateLimit.standard(clock);
        assertTrue(limit.refusal().contains("50 events per second"), limit.refusal());
        assertTrue(limit.refusal().contains("bursts of 500"), limit.refusal());
    }
}
