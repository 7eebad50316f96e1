package dev.baton.hub.daemons;

import dev.baton.protocol.wire.HeartbeatTiming;
import java.time.Duration;

/**
 * How the hub keeps daemon links alive: its heartbeat (by default one every 15 s, and a daemon silent for 45 s is
 * dropped) and the WebSocket idle timeout of {@code /daemon} (Jetty's 30 s by default; heartbeats keep a link well
 * inside it). Tests shorten both.
 */
public record LinkSettings(HeartbeatTiming heartbeat, Duration idleTimeout) {
    public static LinkSettings defaults() {
        return new LinkSettings(HeartbeatTiming.defaults(), Duration.ofSeconds(30));
    }
}
