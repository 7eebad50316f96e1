package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.hub.store.HubStore;
import dev.baton.testing.Eventually;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The session stream is held at the hub: a session runs (scripted agent, web chat), its daemon dies, and the recap
 * (as of the last event, with the turn-end diffstat), the transcript and the page's history still come from the
 * hub's copy; the live parts say they need the daemon.
 */
class HubHeldStreamIT extends WebStackFixture {

    private String text(String thread, String needle) {
        return Eventually.value(needle, WAIT, () -> message(thread, "ana", needle).map(m -> String.valueOf(m.get("text")))
                .orElse(null));
    }

    private long daemonLastSeq(String name) {
        return Pattern.compile("\"seq\":(\\d+)").matcher(stack.daemon.cli().run("events", name, "--json").ok().out())
                .results().mapToLong(r -> Long.parseLong(r.group(1))).max().orElseThrow();
    }

    @Test
    void with_the_daemon_gone_the_recap_transcript_and_history_come_from_the_hubs_copy() throws Exception {
        String thread = run("ana", "keeper", "add a greeting file");
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("keeper").contains("\n>"));
        stack.web.post("general", "ana", "write hello.txt hi there", thread);
        Eventually.await("the file", WAIT, () -> stack.daemon.cli().screen("keeper").contains("wrote hello.txt"));
        Eventually.await("the turn-end diffstat snapshot", WAIT, () -> stack.daemon.cli().run("events", "keeper", "--json")
                .out().contains("hello.txt"));
        long last = daemonLastSeq("keeper");
        Eventually.await("the hub to have every event", WAIT, () -> {
            try (HubStore store = dev.baton.hub.store.SqliteHubStore.open(tmp.resolve("hub/hub.db"))) {
                return store.sessions().stream().anyMatch(s -> s.name().equals("keeper") && s.lastSeq() >= last);
            }
        });
        stack.web.post("general", "ana", "/agent link", thread);
        Pattern link = Pattern.compile("(http://\\S+/s/[A-Za-z0-9_.-]+)");
        String url = Eventually.value("ana's link", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("Your link to the live page"))
                .map(link::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1)).findFirst().orElse(null));

        stack.daemon.kill9();
        Eventually.await("the card to show the daemon offline", WAIT, () -> String.valueOf(stack.web
                .botRoot("general", "Session keeper").orElseThrow().get("text")).contains("(daemon offline)"));

        stack.web.post("general", "ana", "/agent recap", thread);
        String recap = text(thread, "from the hub's copy, as of ");
        assertTrue(recap.contains("the live screen, keys and files need it"), recap);
        assertTrue(recap.contains("Goal: add a greeting file"), recap);
        assertTrue(recap.contains("1 file changed, 1 insertion(+)"), recap);
        assertFalse(recap.contains("unknown (the worktree could not be read)"), recap);

        stack.web.post("general", "ana", "/agent transcript", thread);
        String transcript = text(thread, "Transcript of keeper");
        assertTrue(transcript.contains("write hello.txt hi there"), transcript);

        Map<String, Object> details = new PageClient(url).json("/details");
        String history = String.valueOf(details.get("attention"));
        assertTrue(history.contains("state"), history);
        assertTrue(String.valueOf(details.get("recap")).contains("add a greeting file"), String.valueOf(details.get("recap")));
        assertTrue(String.valueOf(details.get("diff")).contains("need it"), String.valueOf(details.get("diff")));
    }

    private java.util.List<dev.baton.protocol.event.EventRecord> daemonEvents(String name) {
        return stack.daemon.cli().run("events", name, "--json").ok().out().lines().filter(l -> l.startsWith("{"))
                .map(l -> dev.baton.protocol.event.EventJson.fromMap(dev.baton.protocol.json.Json.parseObject(l))).toList();
    }

    private java.util.List<dev.baton.protocol.event.EventRecord> hubEvents(String name) {
        try (HubStore store = dev.baton.hub.store.SqliteHubStore.open(tmp.resolve("hub/hub.db"))) {
            return store.sessions().stream().filter(s -> s.name().equals(name)).findFirst()
                    .map(s -> store.events().after(s.id(), 0, 100_000)).orElse(java.util.List.of());
        }
    }

    @Test
    void events_made_while_the_hub_is_down_arrive_after_it_returns_once_each_and_in_order() {
        String thread = run("ana", "outage", "go");
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("outage").contains("\n>"));
        stack.hub.close();
        for (String words : java.util.List.of("one", "two", "three")) {
            stack.daemon.cli().run("send-input", "outage", "--", "while away " + words).ok();
            Eventually.await("the agent to answer " + words, WAIT,
                    () -> stack.daemon.cli().screen("outage").contains("got: while away " + words));
        }
        stack.startHub();
        stack.awaitDaemonOnline();
        Eventually.await("the hub's copy to be the daemon's stream, each event once, in seq order", WAIT, () -> {
            java.util.List<dev.baton.protocol.event.EventRecord> daemon = daemonEvents("outage");
            java.util.List<dev.baton.protocol.event.EventRecord> hub = hubEvents("outage");
            return !daemon.isEmpty() && hub.equals(daemon);
        });
        java.util.List<dev.baton.protocol.event.EventRecord> hub = hubEvents("outage");
        for (int i = 0; i < hub.size(); i++) {
            org.junit.jupiter.api.Assertions.assertEquals(i + 1, hub.get(i).seq(), "no seq missing or repeated");
        }
        assertTrue(hub.stream().filter(e -> e.event() instanceof dev.baton.protocol.event.SessionEvent.InputSent in
                && in.text().startsWith("while away")).count() == 3, "the three inputs made during the outage, once each");
    }
}
