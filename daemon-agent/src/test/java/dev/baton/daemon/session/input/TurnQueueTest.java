package dev.baton.daemon.session.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.RecordingEvents;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FIFO of chat turns: order, one effect per turn id, the bound, and the rebuild after a daemon restart. */
class TurnQueueTest {
    static final Sender ANA = new Sender(Sender.Surface.WEB, "ana");

    @TempDir
    Path dir;
    RecordingEvents events;

    RecordingEvents events() {
        if (events == null) {
            events = RecordingEvents.open(dir);
        }
        return events;
    }

    @AfterEach
    void close() {
        if (events != null) {
            events.close();
        }
    }

    static Turn turn(String id, long number) {
        return new Turn(id, number, ANA, "turn " + number);
    }

    @Test
    void turns_come_out_in_the_order_they_were_queued_and_each_is_recorded_with_how_many_wait_before_it() {
        TurnQueue queue = new TurnQueue();
        for (int i = 1; i <= 3; i++) {
            assertTrue(queue.offer(turn("t" + i, i), events().events(), "s"));
        }
        assertEquals(List.of(0, 1, 2), events().all(SessionEvent.TurnQueued.class).stream()
                .map(SessionEvent.TurnQueued::ahead).toList());
        assertEquals(List.of("t1", "t2", "t3"), List.of(queue.next().orElseThrow().id(),
                queue.next().orElseThrow().id(), queue.next().orElseThrow().id()));
        assertEquals(Optional.empty(), queue.next());
    }

    @Test
    void a_turn_id_seen_before_is_refused_even_after_it_left_the_queue() {
        TurnQueue queue = new TurnQueue();
        assertTrue(queue.offer(turn("t1", 1), events().events(), "s"));
        assertFalse(queue.offer(turn("t1", 1), events().events(), "s"));
        queue.next();
        assertFalse(queue.offer(turn("t1", 1), events().events(), "s"));
        assertEquals(1, events().all(SessionEvent.TurnQueued.class).size());
    }

    @Test
    void a_full_queue_refuses_one_more_turn_with_a_reason() {
        TurnQueue queue = new TurnQueue();
        for (int i = 0; i < TurnQueue.MAX_QUEUED; i++) {
            queue.add(turn("t" + i, i));
        }
        IllegalStateException full = assertThrows(IllegalStateException.class,
                () -> queue.offer(turn("one-more", 0), events().events(), "busy"));
        assertEquals("session 'busy' already has " + TurnQueue.MAX_QUEUED + " queued turns", full.getMessage());
    }

    @Test
    void an_adopted_session_waits_again_for_the_turns_the_old_daemon_never_delivered() {
        TurnQueue queue = new TurnQueue();
        queue.restore(List.of(
                new SessionEvent.TurnQueued("t1", 1, ANA, "one", 0),
                new SessionEvent.TurnQueued("t2", 2, ANA, "two", 1),
                new SessionEvent.TurnDelivered("t1", 1, "[from ana] one"),
                new SessionEvent.TurnQueued("t3", 3, ANA, "three", 1)));
        assertEquals(2, queue.size());
        assertEquals("t2", queue.next().orElseThrow().id());
        assertEquals("t3", queue.next().orElseThrow().id());
        assertTrue(queue.seen("t1"), "a redelivery of a delivered turn has no effect");
    }

    @Test
    void the_agent_sees_who_sent_a_turn() {
        assertEquals("[from ana] fix the build", new Turn("t1", 1, ANA, "fix the build").attributed());
    }
}
