package dev.baton.protocol.wire;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One side's view of one daemon link, by {@link HeartbeatTiming}: when it last heard anything from the peer and last
 * sent anything to it, so it knows when a heartbeat is due and when the peer is gone. Time comes from a monotonic
 * ticker in nanoseconds ({@code System::nanoTime}; Caffeine's {@code Ticker} in spirit), so a wall-clock step never
 * fakes or hides a silence. Safe to use from any thread.
 */
public final class Liveness {
    private final HeartbeatTiming timing;
    private final LongSupplier ticker;
    private volatile long lastHeard;
    private volatile long lastSent;

    /** A link that opened now: the peer counts as just heard, and no heartbeat is due yet. */
    public Liveness(HeartbeatTiming timing, LongSupplier ticker) {
        this.timing = timing;
        this.ticker = ticker;
        this.lastHeard = ticker.getAsLong();
        this.lastSent = lastHeard;
    }

    /** On {@code System.nanoTime()}. */
    public static Liveness monotonic(HeartbeatTiming timing) {
        return new Liveness(timing, System::nanoTime);
    }

    /** A frame arrived from the peer. */
    public void heard() {
        lastHeard = ticker.getAsLong();
    }

    /** A frame went out to the peer. */
    public void sent() {
        lastSent = ticker.getAsLong();
    }

    /** How long until a heartbeat is due; zero when it is due now (nothing was sent for an interval). */
    public Duration untilHeartbeat() {
        long left = timing.interval().toNanos() - (ticker.getAsLong() - lastSent);
        return Duration.ofNanos(Math.max(0, left));
    }

    public boolean heartbeatDue() {
        return untilHeartbeat().isZero();
    }

    /** The silence so far once it has lasted {@code deadAfter}: the peer (or the path to it) is gone. */
    public Optional<Duration> deadPeer() {
        Duration silence = Duration.ofNanos(Math.max(0, ticker.getAsLong() - lastHeard));
        return silence.compareTo(timing.deadAfter()) >= 0 ? Optional.of(silence) : Optional.empty();
    }
}
