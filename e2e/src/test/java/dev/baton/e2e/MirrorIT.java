package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.adapters.slack.testing.SignedRequests;
import dev.baton.adapters.slack.testing.SlackPayloads;
import dev.baton.daemon.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One session, two threads on two platforms: started in the web chat, mirrored into a Slack channel. A turn from
 * each reaches the agent attributed and in order; the prompt card shows in both; answered with a Slack button, it
 * shows as answered in the web chat too; the final recap lands in both; unmirror unbinds the Slack thread.
 */
class MirrorIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SECRET = "e2e-signing-secret-0123456789abcdef";
    static final String CHANNEL = "C0MIRROR";
    @TempDir
    Path tmp;
    FakeSlack fake;
    Stack stack;
    SignedRequests slack;
    int events;

    @BeforeEach
    void up() throws Exception {
        fake = FakeSlack.start().user("U0BOB", "Bob");
        stack = new Stack(tmp).slack(fake, SECRET, Map.of()).startHub().startDaemon();
        stack.awaitDaemonOnline();
        slack = new SignedRequests(stack.hub.port(), SECRET);
    }

    @AfterEach
    void down() {
        stack.close();
        fake.close();
    }

    private void say(String user, String text, String thread) {
        String ts = "1800000000." + String.format("%06d", ++events);
        slack.event(SlackPayloads.eventCallback("Ev" + events, SlackPayloads.message(CHANNEL, user, text, ts, thread)));
    }

    private boolean slackThreadSays(String thread, String text) {
        return fake.calls("chat.postMessage").stream().anyMatch(c -> c.param("thread_ts").equals(thread) && c.param("text").contains(text));
    }

    private Optional<Map<String, Object>> web(String thread, String text) {
        return stack.web.thread("general", thread, "ana").stream().filter(m -> String.valueOf(m.get("text")).contains(text))
                .reduce((a, b) -> b);
    }

    @Test
    void a_web_session_mirrored_into_slack_takes_turns_and_answers_from_both() {
        stack.web.post("general", "ana", "/agent run --agent scripted --name twin go", null);
        String webThread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session twin")
                .map(m -> (String) m.get("thread")).orElse(null));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("twin").contains("\n>"));

        slack.slashCommand(SlackPayloads.slashCommand("U0BOB", CHANNEL, "mirror twin", fake.responseUrl("mirror")));
        FakeSlack.Call card = Eventually.value("the mirror's card in Slack", WAIT, () -> fake.calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts").isEmpty() && c.param("text").contains("Session twin")).findFirst().orElse(null));
        String slackThread = card.param("_ts");
        Eventually.await("the web thread hears of it", WAIT, () -> web(webThread, "Bob mirrored twin into slack:").isPresent());

        stack.web.post("general", "ana", "first from the web", webThread);
        Eventually.await("the web turn on the screen", WAIT, () -> stack.daemon.cli().screen("twin").contains("got: [from ana] first from the web"));
        say("U0BOB", "second from slack", slackThread);
        Eventually.await("both turns, in order, attributed", WAIT, () -> {
            String screen = stack.daemon.cli().screen("twin");
            int a = screen.indexOf("got: [from ana] first from the web");
            int b = screen.indexOf("got: [from Bob] second from slack");
            return a >= 0 && b > a;
        });
        Eventually.await("each turn shows in the other thread", WAIT, () -> web(webThread, "Turn #2 from Bob on slack: second from slack").isPresent()
                && slackThreadSays(slackThread, "Turn #1 from ana on web: first from the web"));
        String events = stack.daemon.cli().run("events", "twin", "--json").ok().out();
        assertTrue(events.contains("\"sender\":\"web:ana\"") || events.contains("web:ana"), events);
        assertTrue(events.contains("slack:Bob"), "the platform is part of the attribution: " + events);

        stack.web.post("general", "ana", "ask Ship it?", webThread);
        Map<String, Object> webCard = Eventually.value("the prompt card on the web", WAIT, () -> web(webThread, "Permission needed").orElse(null));
        FakeSlack.Call slackCard = Eventually.value("the prompt card in Slack", WAIT, () -> fake.calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts").equals(slackThread) && c.param("text").contains("Permission needed")).findFirst().orElse(null));
        String value = ((List<?>) ((Map<?, ?>) webCard.get("post")).get("buttons")).stream()
                .map(b -> (String) ((Map<?, ?>) b).get("value")).filter(v -> v.endsWith("|allow_once")).findFirst().orElseThrow();
        slack.blockAction(SlackPayloads.blockAction("U0BOB", CHANNEL, slackCard.param("_ts"), "baton:prompt", value));
        Eventually.await("the dialog gets y", WAIT, () -> stack.daemon.cli().screen("twin").contains("approved"));
        Eventually.await("answered on the web card too", WAIT, () -> web(webThread, "approved once by Bob").isPresent());
        try {
            Eventually.await("and on the Slack card", WAIT, () -> fake.calls("chat.update").stream()
                    .anyMatch(c -> c.param("ts").equals(slackCard.param("_ts")) && c.param("text").contains("approved once by Bob")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": card " + slackCard + " updates " + fake.calls("chat.update"), e);
        }

        stack.web.post("general", "ana", "/agent recap", webThread);
        Eventually.await("the recap in both threads", WAIT, () -> web(webThread, "Recap of twin (asked by ana)").isPresent()
                && slackThreadSays(slackThread, "Recap of twin (asked by ana)"));

        say("U0BOB", "!agent unmirror", slackThread);
        Eventually.await("unmirrored", WAIT, () -> web(webThread, "Bob ended the mirror of twin").isPresent());
        int before = stack.daemon.cli().screen("twin").split("got:", -1).length;
        say("U0BOB", "not a turn any more", slackThread);
        stack.web.post("general", "ana", "/agent kill", webThread);
        Eventually.await("the final recap on the web", WAIT, () -> web(webThread, "Final recap of twin").isPresent());
        assertTrue(!stack.daemon.cli().screen("twin").contains("not a turn any more"), "an unmirrored thread sends nothing");
        assertEquals(0, fake.calls("chat.postMessage").stream().filter(c -> c.param("thread_ts").equals(slackThread)
                && c.param("text").contains("Final recap")).count(), "nothing more goes to the unbound thread");
        assertTrue(before > 0);
    }
}
