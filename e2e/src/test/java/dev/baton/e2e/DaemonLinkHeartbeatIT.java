package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.hub.daemons.LinkSettings;
import dev.baton.protocol.wire.HeartbeatTiming;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon link stays up while nothing happens, and a link whose peer went silent is dropped on both sides within
 * the dead-peer window. A real hub and a real daemon process, with the heartbeat shortened to 0.8 s (a silent peer is
 * gone after 2.4 s) and the hub's idle timeout to 2.5 s, so that several idle timeouts pass in seconds.
 */
class DaemonLinkHeartbeatIT {
    static final Duration WAIT = Duration.ofSeconds(40);
    static final HeartbeatTiming BEAT = HeartbeatTiming.every(Duration.ofMillis(800));
    /** What a side may take beyond the dead-peer window to act on it (its tick, a loaded 2-core machine). */
    static final Duration SLACK = Duration.ofSeconds(3);
    @TempDir
    Path tmp;
    Stack stack;
    SilentProxy proxy;

    @AfterEach
    void down() {
        if (stack != null) {
            stack.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    /** A stack whose hub closes a /daemon WebSocket after {@code idleTimeout} without traffic. */
    private Stack stack(Duration idleTimeout) throws Exception {
        stack = new Stack(tmp);
        stack.links = new LinkSettings(BEAT, idleTimeout);
        stack.daemonJvmArgs.add("-Dbaton.hub.heartbeat_ms=" + BEAT.interval().toMillis());
        return stack;
    }

    @Test
    void an_idle_link_outlives_several_hub_idle_timeouts_without_a_reconnect_and_a_turn_still_goes_through() throws Exception {
        Duration idleTimeout = Duration.ofMillis(2500);
        stack(idleTimeout).startHub().startDaemon();
        stack.awaitDaemonOnline();
        long idleFrom = System.nanoTime();
        Eventually.await("four idle timeouts to pass (or the link to drop)", WAIT, () -> linkDrops() > 0
                || Duration.ofNanos(System.nanoTime() - idleFrom).compareTo(idleTimeout.multipliedBy(4)) >= 0);

        assertEquals(0, linkDrops(), "the link never went down while idle:\n" + stack.daemon.log());
        assertEquals(1, count(stack.daemon.log(), "connected to the hub at"), "the daemon connected once");
        assertTrue(hubLine().contains("(reconnects: 0)"), hubLine());
        Map<String, Object> daemons = stack.web.post("general", "ana", "/agent daemons", null);
        Eventually.await("the hub to list the daemon online", WAIT, () -> stack.web.thread("general",
                (String) daemons.get("thread"), "ana").stream().anyMatch(m -> String.valueOf(m.get("text")).contains("online")));

        String thread = startSession("idle");
        stack.web.post("general", "ana", "still there?", thread);
        Eventually.await("the turn on the agent's screen", WAIT,
                () -> stack.daemon.cli().screen("idle").contains("got: [from ana] still there?"));
        assertEquals(0, linkDrops(), "no reconnect at all:\n" + stack.daemon.log());
    }

    @Test
    void a_connection_that_goes_silent_is_dropped_by_both_sides_within_the_dead_peer_window() throws Exception {
        stack(Duration.ofSeconds(30)).startHub(); // Jetty's own idle timeout is far away: only the heartbeat can tell
        proxy = new SilentProxy(stack.hub.port());
        stack.startDaemon(Map.of("BATON_HUB_URL", "ws://127.0.0.1:" + proxy.port() + "/daemon"), "");
        stack.awaitDaemonOnline();
        String thread = startSession("quiet");

        long silencedAt = System.nanoTime();
        proxy.silence();
        Duration window = BEAT.deadAfter().plus(SLACK);
        Eventually.await("the daemon to give up on the silent hub", window,
                () -> stack.daemon.log().contains("nothing heard from the hub"));
        Duration daemonNoticed = Duration.ofNanos(System.nanoTime() - silencedAt);
        Eventually.await("the hub to show the silent daemon offline", window, () -> cardSays("quiet", "(daemon offline)"));
        Duration hubNoticed = Duration.ofNanos(System.nanoTime() - silencedAt);
        Matcher silence = Pattern.compile("nothing heard from the hub for (\\d+) ms").matcher(stack.daemon.log());
        assertTrue(silence.find(), stack.daemon.log());
        long heardNothingFor = Long.parseLong(silence.group(1));
        assertTrue(heardNothingFor >= BEAT.deadAfter().toMillis() && heardNothingFor < window.toMillis(),
                "the daemon waited out the dead-peer window, no more: " + heardNothingFor + " ms");
        System.out.printf("dead peer noticed: daemon after %d ms (silent for %d ms), hub after %d ms; window %d ms%n",
                daemonNoticed.toMillis(), heardNothingFor, hubNoticed.toMillis(), BEAT.deadAfter().toMillis());

        proxy.restore();
        Eventually.await("the daemon to reconnect", WAIT, () -> hubLine().contains("connected to ws://")
                && !hubLine().contains("(reconnects: 0)"));
        Eventually.await("the card to show the daemon back", WAIT, () -> !cardSays("quiet", "(daemon offline)"));
        stack.web.post("general", "ana", "back again", thread);
        Eventually.await("the turn on the agent's screen", WAIT,
                () -> stack.daemon.cli().screen("quiet").contains("got: [from ana] back again"));
    }

    private String startSession(String name) {
        stack.web.post("general", "ana", "/agent run --agent scripted --name " + name + " go", null);
        String thread = Eventually.value("the card of " + name, WAIT, () -> stack.web.botRoot("general", "Session " + name)
                .map(m -> (String) m.get("thread")).orElse(null));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen(name).contains("\n>"));
        return thread;
    }

    private boolean cardSays(String name, String text) {
        return String.valueOf(stack.web.botRoot("general", "Session " + name).orElseThrow().get("text")).contains(text);
    }

    /** The {@code hub} line of {@code agent daemon info}. */
    private String hubLine() {
        return stack.daemon.cli().run("daemon", "info").out().lines().filter(l -> l.startsWith("hub "))
                .findFirst().orElse("");
    }

    private int linkDrops() {
        return count(stack.daemon.log(), "hub link down");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
