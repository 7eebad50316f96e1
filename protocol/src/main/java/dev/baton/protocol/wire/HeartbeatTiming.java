package dev.baton.protocol.wire;

import java.time.Duration;

/**
 * How each side of a daemon link keeps it alive and notices a peer that went away without closing it. A side sends a
 * {@link WireMessage.Heartbeat} whenever it has sent nothing for {@code interval}, and drops the link (the daemon then
 * redials) once it has heard nothing at all from its peer for {@code deadAfter}. The defaults, 15 s and 45 s, keep
 * traffic flowing well inside the 30–60 s idle timeouts of proxies, load balancers and Jetty (30 s).
 */
public record HeartbeatTiming(Duration interval, Duration deadAfter) {
    public HeartbeatTiming {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive, not " + interval);
        }
        if (deadAfter.compareTo(interval) <= 0) {
            throw new IllegalArgumentException("a peer can only be declared dead after more than one heartbeat interval ("
                    + interval + "), not after " + deadAfter);
        }
    }

    /** A heartbeat every 15 s; a peer silent for 45 s is gone. */
    public static HeartbeatTiming defaults() {
        return every(Duration.ofSeconds(15));
    }

    /** A heartbeat every {@code interval}; a peer silent for three intervals is gone. */
    public static HeartbeatTiming every(Duration interval) {
        return new HeartbeatTiming(interval, interval.multipliedBy(3));
    }

    /** How often a side looks at its clock: a fifth of the interval (3 s by default), at least 10 ms. */
    public Duration tick() {
        Duration fifth = interval.dividedBy(5);
        return fifth.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10) : fifth;
    }
}
