package dev.baton.daemon.session.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A bounded stream to one slow consumer: the producer never waits, a consumer that falls behind is cut off. */
class SubscriberTest {

    @Test
    void items_arrive_in_order_and_an_ended_stream_is_drained_before_it_says_why_it_ended() throws Exception {
        Subscriber<String> sub = new Subscriber<>(4);
        assertTrue(sub.offer("a"));
        assertTrue(sub.offer("b"));
        sub.end("session ended");
        assertFalse(sub.offer("c"), "nothing is taken after the end");
        assertEquals("a", sub.poll(100));
        assertEquals("b", sub.poll(100));
        Subscriber.Ended ended = assertThrows(Subscriber.Ended.class, () -> sub.poll(100));
        assertEquals("session ended", ended.getMessage());
        assertThrows(Subscriber.Ended.class, () -> sub.poll(100), "and keeps saying so");
    }

    @Test
    void a_subscriber_whose_buffer_fills_up_is_cut_off_and_loses_what_was_queued() throws Exception {
        Subscriber<Integer> sub = new Subscriber<>(3);
        for (int i = 0; i < 3; i++) {
            assertTrue(sub.offer(i));
        }
        assertFalse(sub.offer(3), "the producer is told at once instead of waiting");
        assertTrue(sub.isEnded());
        Subscriber.Ended ended = assertThrows(Subscriber.Ended.class, () -> sub.poll(100));
        assertEquals("too slow: its buffer filled up", ended.getMessage());
    }

    @Test
    void a_poll_with_nothing_queued_times_out_with_null() throws Exception {
        assertNull(new Subscriber<String>(2).poll(10));
    }
}
