package dev.baton.hub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.hub.daemons.LinkSettings;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.HeartbeatTiming;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.testing.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub's side of the heartbeat, against a hand-driven daemon connection: the hub beats on a quiet link, keeps a
 * daemon that beats back past its own idle timeout, and drops one that falls silent within the dead-peer window
 * (its own heartbeats keep Jetty's idle timeout from ever noticing).
 */
class DaemonHeartbeatIT {
    static final HeartbeatTiming BEAT = new HeartbeatTiming(Duration.ofMillis(200), Duration.ofMillis(1500));
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(1);
    @TempDir
    Path tmp;
    Hub hub;
    String token;

    @BeforeEach
    void start() {
        hub = Hub.start(new Hub.Options(tmp, "127.0.0.1", 0, "webtokenwebtokenwebtokenwebtoken"), Clock.systemUTC(),
                new LinkSettings(BEAT, IDLE_TIMEOUT));
        token = hub.addDaemonToken("laptop", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    /** A linked daemon connection that records what the hub sends and when the hub closed it. */
    private final class Daemon implements WebSocket.Listener {
        final List<WireMessage> received = new CopyOnWriteArrayList<>();
        final AtomicLong closedAt = new AtomicLong();
        final long helloAt;
        private final StringBuilder text = new StringBuilder();
        final WebSocket ws;

        Daemon() throws Exception {
            ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + hub.port() + "/daemon"), this).get(10, TimeUnit.SECONDS);
            helloAt = System.nanoTime();
            send(new WireMessage.Hello(WireMessage.VERSION, "d-1", "laptop", "host", List.of("/r"), List.of(), 1, token, 0));
            Eventually.await("the welcome", () -> received.stream().anyMatch(m -> m instanceof WireMessage.Welcome));
        }

        void send(WireMessage m) throws Exception {
            ws.sendText(WireJson.write(new Frame(0, 0, m)), true).get(10, TimeUnit.SECONDS);
        }

        long heartbeats() {
            return received.stream().filter(m -> m instanceof WireMessage.Heartbeat).count();
        }

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received.add(WireJson.read(text.toString()).message());
                text.setLength(0);
            }
            w.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
            closedAt.compareAndSet(0, System.nanoTime());
            return null;
        }

        @Override
        public void onError(WebSocket w, Throwable error) {
            closedAt.compareAndSet(0, System.nanoTime());
        }
    }

    @Test
    void a_daemon_that_beats_back_outlives_the_idle_timeout_and_hears_the_hubs_heartbeats() throws Exception {
        Daemon daemon = new Daemon();
        long from = System.nanoTime();
        Eventually.await("three idle timeouts with the daemon sending heartbeats", () -> {
            daemon.send(new WireMessage.Heartbeat());
            return Duration.ofNanos(System.nanoTime() - from).compareTo(IDLE_TIMEOUT.multipliedBy(3)) >= 0
                    || daemon.closedAt.get() != 0;
        });
        assertTrue(daemon.closedAt.get() == 0, "the hub kept the link");
        assertTrue(daemon.heartbeats() >= 1, "the hub beats on a link it has nothing else to send on: " + daemon.received);
        daemon.ws.abort();
    }

    @Test
    void a_daemon_that_falls_silent_is_dropped_within_the_dead_peer_window() throws Exception {
        Daemon daemon = new Daemon(); // its hello is the last thing it says
        Eventually.await("the hub to drop the silent daemon", () -> daemon.closedAt.get() != 0);
        Duration after = Duration.ofNanos(daemon.closedAt.get() - daemon.helloAt);
        assertFalse(after.compareTo(BEAT.deadAfter()) < 0, "not before the window: " + after);
        assertTrue(after.compareTo(BEAT.deadAfter().plusSeconds(3)) < 0, "soon after the window: " + after);
        assertTrue(daemon.heartbeats() >= 1, "the hub kept beating (so its idle timeout alone would never fire)");
    }
}
