package dev.baton.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.Reconnector.Outcome;
import dev.baton.chat.testing.RecordingConnections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry loop on its own: a scripted attempt, a fixed clock and a scheduler the test runs by hand. */
class ReconnectorTest {
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Keeps what was scheduled; {@link #runNext()} runs the oldest. */
    static final class HandScheduler implements Reconnector.Scheduler {
        final List<Duration> delays = new ArrayList<>();
        final Deque<Runnable> tasks = new ArrayDeque<>();
        boolean closed;

        @Override
        public void schedule(Duration delay, Runnable task) {
            delays.add(delay);
            tasks.add(task);
        }

        void runNext() {
            tasks.poll().run();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static Reconnector.Attempt script(Outcome... outcomes) {
        Deque<Outcome> left = new ArrayDeque<>(List.of(outcomes));
        return () -> left.isEmpty() ? new Outcome.Up() : left.poll();
    }

    @Test
    void an_unreachable_platform_is_retried_with_a_doubling_capped_backoff_until_it_is_up() {
        HandScheduler scheduler = new HandScheduler();
        Outcome down = new Outcome.Unreachable("cannot reach Slack");
        Reconnector r = new Reconnector(Platform.SLACK, script(down, down, down, down, down),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)), CLOCK, scheduler);
        RecordingConnections seen = new RecordingConnections();
        r.watch(seen);

        ConnectionStatus first = r.start();
        assertEquals(new ConnectionStatus.Connecting("cannot reach Slack", NOW.plusSeconds(1)), first);
        assertEquals("not connected (cannot reach Slack), retrying in 1 s", first.describe(NOW));
        for (int i = 0; i < 4; i++) {
            scheduler.runNext();
        }
        assertEquals("not connected (cannot reach Slack), retrying in 8 s", r.status().describe(NOW));
        scheduler.runNext();
        assertEquals(new ConnectionStatus.Connected(), r.status());
        assertEquals(List.of(1L, 2L, 4L, 8L, 8L), scheduler.delays.stream().map(Duration::toSeconds).toList());
        assertTrue(scheduler.tasks.isEmpty(), "nothing more is scheduled once connected");
        assertEquals(List.of("Connecting", "Connected"), seen.kinds());
    }

    @Test
    void a_refused_token_is_final_and_never_retried() {
        HandScheduler scheduler = new HandScheduler();
        Reconnector r = new Reconnector(Platform.DISCORD, script(new Outcome.Refused("bad token")), Backoff.DEFAULT,
                CLOCK, scheduler);
        assertEquals(new ConnectionStatus.Refused("bad token"), r.start());
        assertTrue(scheduler.delays.isEmpty());
        assertEquals(new ConnectionStatus.Refused("bad token"), r.start(), "start again only reports");
    }

    @Test
    void a_token_refused_while_retrying_stops_the_retries() {
        HandScheduler scheduler = new HandScheduler();
        Reconnector r = new Reconnector(Platform.SLACK, script(new Outcome.Unreachable("offline"),
                new Outcome.Refused("token revoked")), Backoff.DEFAULT, CLOCK, scheduler);
        assertInstanceOf(ConnectionStatus.Connecting.class, r.start());
        scheduler.runNext();
        assertEquals(new ConnectionStatus.Refused("token revoked"), r.status());
        assertTrue(scheduler.tasks.isEmpty());
    }

    @Test
    void an_attempt_that_throws_counts_as_unreachable() {
        HandScheduler scheduler = new HandScheduler();
        Reconnector r = new Reconnector(Platform.SLACK, () -> {
            throw new IllegalStateException("socket closed");
        }, Backoff.DEFAULT, CLOCK, scheduler);
        assertEquals(new ConnectionStatus.Connecting("socket closed", NOW.plusSeconds(1)), r.start());
    }

    @Test
    void after_close_a_late_attempt_changes_nothing_and_the_scheduler_is_closed() {
        HandScheduler scheduler = new HandScheduler();
        Reconnector r = new Reconnector(Platform.SLACK, script(new Outcome.Unreachable("offline")), Backoff.DEFAULT,
                CLOCK, scheduler);
        r.start();
        r.close();
        scheduler.runNext();
        assertInstanceOf(ConnectionStatus.Connecting.class, r.status());
        assertTrue(scheduler.closed);
    }

    @Test
    void a_drop_after_connecting_shows_until_the_sdk_has_reconnected_and_is_ignored_before() {
        HandScheduler scheduler = new HandScheduler();
        Reconnector r = new Reconnector(Platform.DISCORD, script(new Outcome.Unreachable("offline")), Backoff.DEFAULT,
                CLOCK, scheduler);
        RecordingConnections seen = new RecordingConnections();
        r.watch(seen);
        r.start();
        r.lost("gateway closed");
        r.regained();
        assertEquals(new ConnectionStatus.Connecting("offline", NOW.plusSeconds(1)), r.status(),
                "before the first connection Baton's own retries speak");
        scheduler.runNext();
        r.regained();
        r.lost("gateway closed (4000); JDA reconnects");
        assertEquals("not connected (gateway closed (4000); JDA reconnects), reconnecting", r.status().describe(NOW));
        assertTrue(scheduler.tasks.isEmpty(), "the SDK reconnects, not the Reconnector");
        r.regained();
        assertEquals(new ConnectionStatus.Connected(), r.status());
        assertEquals(List.of("Connecting", "Connected", "Connecting", "Connected"), seen.kinds());
    }

    @Test
    void the_backoff_doubles_from_first_and_stops_at_max() {
        Backoff b = new Backoff(Duration.ofMillis(50), Duration.ofMillis(300));
        assertEquals(List.of(50L, 100L, 200L, 300L, 300L), List.of(1, 2, 3, 4, 5).stream()
                .map(n -> b.after(n).toMillis()).toList());
    }
}
