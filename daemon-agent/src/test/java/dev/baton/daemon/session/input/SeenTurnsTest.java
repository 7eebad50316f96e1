package dev.baton.daemon.session.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A session's memory of seen turn ids, on a ticker the test moves: kept for hours, and bounded. */
class SeenTurnsTest {
    @Test
    void a_seen_turn_id_is_forgotten_only_after_it_has_been_kept_its_time() {
        AtomicLong nanos = new AtomicLong();
        TurnQueue q = new TurnQueue(nanos::get);
        q.remember("t1");
        nanos.addAndGet(SeenTurns.KEPT.minus(Duration.ofSeconds(1)).toNanos());
        assertTrue(q.seen("t1"), "a redelivery within hours has no effect");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertFalse(q.seen("t1"));
    }

    @Test
    void the_memory_of_seen_ids_is_bounded_and_keeps_the_newest() {
        SeenTurns seen = new SeenTurns(new AtomicLong()::get);
        for (int i = 0; i < SeenTurns.MAX + 500; i++) {
            seen.add("t" + i);
        }
        assertTrue(seen.size() <= SeenTurns.MAX, "kept " + seen.size());
        assertTrue(seen.contains("t" + (SeenTurns.MAX + 499)), "the newest id is kept");
    }
}
