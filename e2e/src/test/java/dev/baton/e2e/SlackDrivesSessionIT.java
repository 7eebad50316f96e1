package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.adapters.slack.testing.SignedRequests;
import dev.baton.adapters.slack.testing.SlackPayloads;
import dev.baton.chat.Identity;
import dev.baton.testing.Eventually;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Slack thread drives a real session: signed Slack requests → Bolt → hub → daemon → the scripted agent's PTY,
 * and the card, answers and reactions back on a fake Slack Web API. Two people, in order; kill ends it.
 */
class SlackDrivesSessionIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SECRET = "e2e-signing-secret-0123456789abcdef";
    static final String CHANNEL = "C0GENERAL";
    @TempDir
    Path tmp;
    FakeSlack fake;
    Stack stack;
    SignedRequests slack;
    int events;

    @BeforeEach
    void up() throws Exception {
        fake = FakeSlack.start().user("U0ANA", "Ana").user("U0BOB", "Bob");
        stack = new Stack(tmp).slack(fake, SECRET, Map.of("U0BOB", new Identity("Bob Builder", Optional.of("bobb"),
                Optional.empty()))).startHub().startDaemon();
        stack.awaitDaemonOnline();
        slack = new SignedRequests(stack.hub.port(), SECRET);
    }

    @AfterEach
    void down() {
        stack.close();
        fake.close();
    }

    private String say(String user, String text, String thread) {
        String ts = "1800000000." + String.format("%06d", ++events);
        slack.event(SlackPayloads.eventCallback("Ev" + events, SlackPayloads.message(CHANNEL, user, text, ts, thread)));
        return ts;
    }

    private boolean threadSays(String thread, String text) {
        return fake.calls("chat.postMessage").stream()
                .anyMatch(c -> c.param("thread_ts").equals(thread) && c.param("text").contains(text));
    }

    private String card() {
        return fake.last("chat.update").map(c -> c.param("text")).orElse("");
    }

    @Test
    void a_slack_thread_drives_a_real_session_with_two_peoples_turns_in_order() {
        long t0 = System.nanoTime();
        HttpResponse<String> run = slack.slashCommand(SlackPayloads.slashCommand("U0ANA", CHANNEL,
                "run --agent scripted --name duet hello from slack", fake.responseUrl("run")));
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(3).toNanos(), "answered within Slack's 3 s");
        FakeSlack.Call posted = fake.await("chat.postMessage", 1, WAIT).getFirst();
        String thread = posted.param("_ts");
        assertTrue(posted.param("text").contains("Session duet"), posted.param("text"));
        assertEquals("", posted.param("thread_ts"), "the card is a new message in the channel; its thread is the session");
        Eventually.await("the card edited to running", WAIT, () -> card().matches("(?s).*State: . (running|waiting).*"));
        assertTrue(card().contains("Owner: Ana"), card());

        String one = say("U0ANA", "first from ana", thread);
        String two = say("U0BOB", "second from <@U0ANA> &amp; co", thread);
        String event = SlackPayloads.eventCallback("Ev1", SlackPayloads.message(CHANNEL, "U0ANA", "first from ana", one,
                thread));
        assertEquals(200, slack.retriedEvent(event, 1).statusCode(), "Slack's retry of the first reply");
        say("U0BOB", "!aside this is not for the agent", thread);
        Eventually.await("both turns on the agent's screen, in order", WAIT, () -> {
            String screen = stack.daemon.cli().screen("duet");
            int a = screen.indexOf("got: [from Ana] first from ana");
            int b = screen.indexOf("got: [from Bob Builder] second from @Ana & co");
            return a >= 0 && b > a;
        });
        String screen = stack.daemon.cli().screen("duet");
        assertEquals(screen.indexOf("got: [from Ana] first from ana"), screen.lastIndexOf("got: [from Ana] first from ana"),
                "the retry had no effect: " + screen);
        assertFalse(screen.contains("not for the agent"), "asides never reach the agent");
        Eventually.await("both turns marked delivered", WAIT, () -> fake.calls("reactions.add").stream()
                .filter(c -> c.param("name").equals("white_check_mark")).map(c -> c.param("timestamp")).toList()
                .containsAll(java.util.List.of(one, two)));
        Eventually.await("the card to count the turns", WAIT, () -> card().contains("Turns: 2"));

        say("U0ANA", "x".repeat(40_001), thread);
        Eventually.await("the long message refused", WAIT, () -> threadSays(thread, "the limit for a turn is 40000"));
        slack.event(SlackPayloads.eventCallback("EvEdit", SlackPayloads.edited(CHANNEL, "U0ANA", one, thread,
                "first from ana", "first from ana (edited)")));
        Eventually.await("the edit answered", WAIT, () -> threadSays(thread, "does not change what the agent already received"));
        assertEquals(1, fake.calls("chat.postMessage").stream().filter(c -> c.param("thread_ts").isEmpty()).count(),
                "one card, edited in place");

        slack.blockAction(SlackPayloads.blockAction("U0BOB", CHANNEL, thread, "baton:screen", sessionId()));
        Eventually.await("the screen from the button", WAIT, () -> threadSays(thread, "Screen of duet"));
        say("U0ANA", "!agent kill", thread);
        Eventually.await("the session to end", WAIT, () -> threadSays(thread, "Session ended: killed"));
        Eventually.await("the card to show it", WAIT, () -> card().contains("killed"));
    }

    @Test
    void the_owner_leaving_the_channel_makes_the_session_up_for_grabs_with_a_recap() {
        slack.slashCommand(SlackPayloads.slashCommand("U0ANA", CHANNEL, "run --agent scripted --name leaver tidy up",
                fake.responseUrl("run")));
        String thread = fake.await("chat.postMessage", 1, WAIT).getFirst().param("_ts");
        Eventually.await("the card edited to running", WAIT, () -> card().matches("(?s).*State: . (running|waiting).*"));
        slack.event(SlackPayloads.eventCallback("EvLeftBob", SlackPayloads.memberLeft(CHANNEL, "U0BOB")));
        slack.event(SlackPayloads.eventCallback("EvLeftAna", SlackPayloads.memberLeft(CHANNEL, "U0ANA")));
        Eventually.await("the handoff recap", WAIT, () -> threadSays(thread, "Ana left the channel, so leaver is up for grabs"));
        Eventually.await("the card to show it", WAIT, () -> card().contains("up for grabs"));
        assertEquals(1, fake.calls("chat.postMessage").stream().filter(c -> c.param("text").contains("left the channel")).count(),
                "only the owner's leaving counts: " + fake.calls("chat.postMessage"));
        String audit = stack.daemon.cli().run("events", "leaver", "--json").out();
        assertTrue(audit.contains("the owner Ana left the channel"), audit);
    }

    /** The session id: the Screen button's value on the card (Block Kit JSON, value after action_id). */
    private String sessionId() {
        String blocks = fake.last("chat.update").orElseThrow().param("blocks");
        int start = blocks.indexOf("\"value\":\"", blocks.indexOf("\"action_id\":\"baton:screen\"")) + 9;
        return blocks.substring(start, blocks.indexOf('"', start));
    }
}
