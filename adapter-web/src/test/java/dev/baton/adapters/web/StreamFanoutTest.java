package dev.baton.adapters.web;

import dev.baton.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class StreamFanoutTest {

    /** A client whose socket is stuck until {@code unblock} opens. */
    static final class StuckSink implements EventSink {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch unblock = new CountDownLatch(1);
        volatile boolean open = true;

        @Override
        public void send(String event, String data) {
            sent.add(event);
            if (!event.equals("ready")) {
                try {
                    unblock.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void comment(String text) {
            sent.add(":" + text);
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }

    static StoredMessage message(String id, Optional<String> visibleTo) {
        return new StoredMessage(id, "general", id, "ana", "hi", Instant.EPOCH, MessageKind.USER, Optional.empty(),
                Optional.empty(), visibleTo, false);
    }

    @Test
    void a_client_that_cannot_keep_up_is_disconnected_and_never_stalls_publishing() {
        StreamFanout fanout = new StreamFanout(4, Duration.ofMinutes(1));
        StuckSink stuck = new StuckSink();
        Thread client = Thread.ofVirtual().start(() -> fanout.serve(stuck, Optional.empty()));
        Eventually.await("the client is subscribed", () -> fanout.clients() == 1 && stuck.sent.contains("ready"));

        long started = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            fanout.publish(StreamFanout.NEW_MESSAGE, message(Integer.toString(i), Optional.empty()));
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_000, "publishing never waited");
        assertEquals(0, fanout.clients(), "the stuck client was cut off");

        stuck.unblock.countDown();
        Eventually.await("the client's writer ends", () -> !client.isAlive());
        assertFalse(stuck.open, "its connection was closed, so the page reconnects and refetches");
        assertTrue(stuck.sent.size() <= 3, "the backlog was dropped: " + stuck.sent);
    }

    @Test
    void a_whisper_is_queued_only_for_its_viewer() {
        StreamSubscriber ana = new StreamSubscriber(new StuckSink(), Optional.of("ana"), 4);
        StreamSubscriber bo = new StreamSubscriber(new StuckSink(), Optional.of("bo"), 1);
        StreamFrame whisper = new StreamFrame("message", "{}", Optional.of("ana"));
        assertTrue(ana.offer(whisper));
        assertTrue(bo.offer(whisper));
        assertTrue(bo.offer(whisper), "bo's one-slot queue is still empty: the whisper was skipped");
        assertFalse(bo.stopped());
    }

    @Test
    void closing_the_fanout_ends_every_client() {
        StreamFanout fanout = new StreamFanout(4, Duration.ofMinutes(1));
        StuckSink sink = new StuckSink();
        Thread client = Thread.ofVirtual().start(() -> fanout.serve(sink, Optional.empty()));
        Eventually.await("the client is subscribed", () -> fanout.clients() == 1);
        fanout.close();
        Eventually.await("the client's writer ends", () -> !client.isAlive());
        assertFalse(sink.open);
    }
}
