package dev.baton.hub.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** baton up restarts a crashed local daemon after a doubling, capped delay, and stops trying in a crash loop. */
class RestartBackoffTest {
    private static final Duration QUICK = Duration.ofSeconds(2);

    @Test
    void quick_crashes_double_the_delay_up_to_the_cap_then_the_loop_is_given_up() {
        RestartBackoff b = new RestartBackoff(RestartBackoff.Policy.DEFAULT);
        List<Long> delays = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            RestartBackoff.Next next = b.afterExit(QUICK);
            assertEquals(i, ((RestartBackoff.RestartIn) next).attempt());
            delays.add(((RestartBackoff.RestartIn) next).delay().toSeconds());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L), delays);
        assertEquals(new RestartBackoff.GiveUp(8), b.afterExit(QUICK));
    }

    @Test
    void a_healthy_run_resets_the_count() {
        RestartBackoff b = new RestartBackoff(RestartBackoff.Policy.DEFAULT);
        b.afterExit(QUICK);
        b.afterExit(QUICK);
        assertEquals(new RestartBackoff.RestartIn(Duration.ofSeconds(4), 3), b.afterExit(QUICK));
        assertEquals(new RestartBackoff.RestartIn(Duration.ofSeconds(1), 1), b.afterExit(Duration.ofMinutes(5)));
        assertEquals(new RestartBackoff.RestartIn(Duration.ofSeconds(2), 2), b.afterExit(QUICK));
    }
}
