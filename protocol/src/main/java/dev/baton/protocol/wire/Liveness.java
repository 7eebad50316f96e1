package dev.baton.protocol.wire;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One side's view of one daemon link, by {@link HeartbeatTiming}: when it last heard anything from the peer and last
 * sent anything to it, so it knows when a heartbeat is due and when the peer is gone. Safe to use from any thread.
 */
public final class Liveness {
    private final HeartbeatTiming timing;
    private final Clock clock;
    private volatile long lastHeard;
    private volatile long lastSent;

    /** A link that opened now: the peer counts as just heard, and nothing is due yet. */
    public Liveness(HeartbeatTiming timing, Clock clock) {
        this.timing = timing;
        this.clock = clock;
        this.lastHeard = clock.millis();
        this.lastSent = lastHeard;
    }

    public HeartbeatTiming timing() {
        return timing;
    }

    /** A frame arrived from the peer. */
    public void heard() {
        lastHeard = clock.millis();
    }

    /** A frame went out to the peer. */
    public void sent() {
        lastSent = clock.millis();
    }

    /** How long until a heartbeat is due; zero when it is due now (nothing was sent for an interval). */
    public Duration untilHeartbeat() {
        long left = lastSent + timing.interval().toMillis() - clock.millis();
        return Duration.ofMillis(Math.max(0, left));
    }

    public boolean heartbeatDue() {
        return untilHeartbeat().isZero();
    }

    /** The silence so far once it has lasted {@code deadAfter}: the peer (or the path to it) is gone. */
    public Optional<Duration> deadPeer() {
        Duration silence = Duration.ofMillis(Math.max(0, clock.millis() - lastHeard));
        return silence.compareTo(timing.deadAfter()) >= 0 ? Optional.of(silence) : Optional.empty();
    }
}
