package dev.baton.daemon.session.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventFeedTest {
    private static EventRecord event(String session, long seq) {
        return new EventRecord(new SessionId(session), seq, Instant.EPOCH, new SessionEvent.Exited(0));
    }

    @Test
    void every_follower_gets_every_sessions_events_in_order() throws Exception {
        EventFeed feed = new EventFeed();
        Subscriber<EventRecord> a = new Subscriber<>(10);
        feed.follow(a);
        feed.offer(event("s-000000000001", 1));
        feed.offer(event("s-000000000002", 1));
        assertEquals("s-000000000001", a.poll(100).session().value());
        assertEquals("s-000000000002", a.poll(100).session().value());
    }

    @Test
    void a_follower_that_falls_behind_is_cut_off_and_the_sessions_never_wait() throws Exception {
        EventFeed feed = new EventFeed();
        Subscriber<EventRecord> slow = new Subscriber<>(2);
        Subscriber<EventRecord> fast = new Subscriber<>(100);
        feed.follow(slow);
        feed.follow(fast);
        for (int i = 1; i <= 10; i++) {
            feed.offer(event("s-000000000001", i));
        }
        assertTrue(slow.isEnded(), "cut off");
        assertThrows(Subscriber.Ended.class, () -> slow.poll(100));
        for (int i = 1; i <= 10; i++) {
            assertEquals(i, fast.poll(100).seq(), "the others still get everything");
        }
        feed.unfollow(fast);
        feed.offer(event("s-000000000001", 11));
        assertEquals(null, fast.poll(10), "an unfollowed subscriber gets nothing more");
    }
}
