package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.wire.HeartbeatTiming;
import dev.baton.protocol.wire.Liveness;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LivenessTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Liveness live = new Liveness(HeartbeatTiming.defaults(), now::get);

    private void pass(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void the_defaults_beat_every_15_seconds_and_give_a_silent_peer_45() {
        assertEquals(new HeartbeatTiming(Duration.ofSeconds(15), Duration.ofSeconds(45)), HeartbeatTiming.defaults());
        assertEquals(Duration.ofSeconds(3), HeartbeatTiming.defaults().tick());
        assertEquals(Duration.ofMillis(10), HeartbeatTiming.every(Duration.ofMillis(20)).tick());
    }

    @Test
    void a_peer_cannot_be_declared_dead_within_one_interval() {
        assertThrows(IllegalArgumentException.class, () -> new HeartbeatTiming(Duration.ofSeconds(15), Duration.ofSeconds(15)));
        assertThrows(IllegalArgumentException.class, () -> HeartbeatTiming.every(Duration.ZERO));
    }

    @Test
    void a_heartbeat_is_due_only_after_an_interval_with_nothing_sent() {
        assertFalse(live.heartbeatDue());
        pass(Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(5), live.untilHeartbeat());
        live.sent();
        pass(Duration.ofSeconds(10));
        assertFalse(live.heartbeatDue(), "a frame sent 10 s ago is as good as a heartbeat");
        pass(Duration.ofSeconds(5));
        assertTrue(live.heartbeatDue());
        assertEquals(Duration.ZERO, live.untilHeartbeat());
        live.sent();
        assertFalse(live.heartbeatDue());
    }

    @Test
    void a_peer_silent_for_the_dead_peer_window_is_gone_and_any_frame_from_it_resets_the_window() {
        pass(Duration.ofSeconds(44));
        assertEquals(Optional.empty(), live.deadPeer());
        live.heard();
        pass(Duration.ofSeconds(44));
        assertEquals(Optional.empty(), live.deadPeer(), "the window counts from the last frame heard");
        live.sent();
        pass(Duration.ofSeconds(1));
        assertEquals(Optional.of(Duration.ofSeconds(45)), live.deadPeer(), "sending does not count as hearing");
    }
}
