package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import dev.baton.hub.store.HubStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Processes die and come back; no chat message is lost or delivered twice. */
class FaultsIT extends WebStackFixture {
    static final Duration WAIT = Duration.ofSeconds(40);

    private String startSession(String name) {
        stack.web.post("general", "ana", "/agent run --agent scripted --name " + name + " go", null);
        String thread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session " + name)
                .map(m -> (String) m.get("thread")).orElse(null));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen(name).contains("\n>"));
        return thread;
    }

    private boolean cardSays(String name, String text) {
        return String.valueOf(stack.web.botRoot("general", "Session " + name).orElseThrow().get("text")).contains(text);
    }

    @Test
    void turns_sent_while_the_daemon_is_down_are_delivered_once_each_in_order_when_it_returns() {
        String thread = startSession("survivor");
        stack.daemon.kill9();
        Eventually.await("the card to show the daemon offline", WAIT, () -> cardSays("survivor", "(daemon offline)"));
        Map<String, Object> t1 = stack.web.post("general", "ana", "turn one", thread);
        stack.web.post("general", "bob", "turn two", thread);
        stack.web.post("general", "ana", "turn three", thread);
        Eventually.await("the thread to be told", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                .anyMatch(m -> String.valueOf(m.get("text")).contains("is offline. Turns are queued")));
        assertEquals("queued #1 (daemon offline)", stack.web.thread("general", thread, "ana").stream()
                .filter(m -> m.get("id").equals(t1.get("id"))).findFirst().orElseThrow().get("badge"));

        stack.startDaemon();
        Eventually.await("all three turns on the agent's screen", WAIT, () -> {
            String screen = stack.daemon.cli().screen("survivor");
            int a = screen.indexOf("got: [from ana] turn one");
            int b = screen.indexOf("got: [from bob] turn two");
            int c = screen.indexOf("got: [from ana] turn three");
            return a >= 0 && b > a && c > b;
        });
        String events = stack.daemon.cli().run("events", "survivor", "--json").ok().out();
        Matcher delivered = Pattern.compile("\"type\":\"turn_delivered\",\"turn_id\":\"[^\"]+\",\"number\":(\\d+)").matcher(events);
        List<String> numbers = delivered.results().map(r -> r.group(1)).toList();
        assertEquals(List.of("1", "2", "3"), numbers, "each turn delivered exactly once, in order");
        assertTrue(stack.daemon.cli().run("ls").ok().out().contains("survivor"), "the agent survived the crash");
        Eventually.await("the badges to say delivered", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                .filter(m -> "user".equals(m.get("kind")) && String.valueOf(m.get("text")).startsWith("turn "))
                .allMatch(m -> "delivered".equals(m.get("badge"))));
    }

    @Test
    void a_restarted_hub_reconnects_with_its_daemon_and_misses_no_event() {
        String thread = startSession("steady");
        stack.hub.close();
        stack.daemon.cli().run("send-input", "steady", "--", "while the hub was away").ok();
        Eventually.await("the agent to answer", WAIT,
                () -> stack.daemon.cli().screen("steady").contains("got: while the hub was away"));
        stack.startHub();
        stack.awaitDaemonOnline();
        long daemonLastSeq = Pattern.compile("\"seq\":(\\d+)").matcher(stack.daemon.cli().run("events", "steady", "--json")
                .ok().out()).results().mapToLong(r -> Long.parseLong(r.group(1))).max().orElseThrow();
        Eventually.await("the hub to have every event", WAIT, () -> {
            try (HubStore store = dev.baton.hub.store.SqliteHubStore.open(tmp.resolve("hub/hub.db"))) {
                return store.sessions().stream().anyMatch(s -> s.name().equals("steady") && s.lastSeq() >= daemonLastSeq);
            }
        });
        stack.web.post("general", "bob", "after the restart", thread);
        Eventually.await("the turn to arrive", WAIT,
                () -> stack.daemon.cli().screen("steady").contains("got: [from bob] after the restart"));
    }
}
