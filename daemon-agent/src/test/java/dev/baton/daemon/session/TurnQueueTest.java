package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The turn FIFO and its memory of seen turn ids, on a ticker the test moves. */
class TurnQueueTest {
    static final Sender ANA = new Sender(Sender.Surface.WEB, "ana");

    static TurnQueue.Turn turn(String id, long n) {
        return new TurnQueue.Turn(id, n, ANA, "turn " + n);
    }

    @Test
    void queued_turns_come_out_in_order_and_their_ids_are_remembered() {
        TurnQueue q = new TurnQueue(new AtomicLong()::get);
        assertEquals(0, q.add(turn("t1", 1)));
        assertEquals(1, q.add(turn("t2", 2)), "one ahead of it");
        assertTrue(q.seen("t1") && q.seen("t2"));
        assertFalse(q.seen("t3"));
        assertEquals("t1", q.next().orElseThrow().id());
        assertEquals("[from ana] turn 2", q.next().orElseThrow().attributed());
        assertTrue(q.next().isEmpty());
        assertTrue(q.seen("t1"), "delivered turns stay remembered");
    }

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
    void the_memory_of_seen_ids_is_bounded() {
        SeenTurns seen = new SeenTurns(new AtomicLong()::get);
        for (int i = 0; i < SeenTurns.MAX + 500; i++) {
            seen.add("t" + i);
        }
        assertTrue(seen.size() <= SeenTurns.MAX, "kept " + seen.size());
        assertTrue(seen.contains("t" + (SeenTurns.MAX + 499)), "the newest id is kept");
    }

    @Test
    void an_adopted_sessions_undelivered_turns_wait_again_and_delivered_ones_are_remembered() {
        TurnQueue q = new TurnQueue(new AtomicLong()::get);
        q.restore(List.of(new SessionEvent.TurnQueued("t1", 1, ANA, "first", 0),
                new SessionEvent.TurnQueued("t2", 2, ANA, "second", 1),
                new SessionEvent.TurnDelivered("t1", 1, "[from ana] first")));
        assertTrue(q.seen("t1"));
        assertEquals("t2", q.next().orElseThrow().id());
        assertTrue(q.next().isEmpty());
    }
}
