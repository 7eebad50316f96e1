package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.protocol.json.Json;
import dev.baton.adapters.slack.testing.SignedRequests;
import dev.baton.adapters.slack.testing.SlackPayloads;
import dev.baton.testing.Eventually;
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
 * One session, two threads on two platforms: started in the web chat by ana, mirrored by ana herself (one person on
 * both platforms, per {@code [identities.ana]}) into a Slack channel and into a Discord channel. A turn from each
 * platform reaches the agent attributed and in order; the prompt card shows everywhere; answered on one platform,
 * it shows as answered on the others; recaps land in every thread; unmirror unbinds a thread; someone who is not
 * the owner cannot mirror.
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
    FakeDiscord discord;
    int events;

    @BeforeEach
    void up() throws Exception {
        fake = FakeSlack.start().user("U0BOB", "Bob").user("U0ANA", "Ana");
        discord = FakeDiscord.start();
        stack = new Stack(tmp).slack(fake, SECRET, Map.of()).discord(discord, Map.of());
        stack.identities = List.of(new dev.baton.config.Identity("ana", Optional.of("Ana"), Optional.of("U0ANA"),
                Optional.of(FakeDiscord.ANA), Optional.empty(), Optional.of("ana@example.com"), Optional.of("ana")));
        stack.startHub().startDaemon();
        stack.awaitDaemonOnline();
        slack = new SignedRequests(stack.hub.port(), SECRET);
    }

    @AfterEach
    void down() {
        stack.close();
        fake.close();
        discord.close();
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

        slack.slashCommand(SlackPayloads.slashCommand("U0BOB", CHANNEL, "mirror twin", fake.responseUrl("bob")));
        Eventually.await("bob, not the owner, is refused", WAIT, () -> fake.calls("response_url").stream()
                .anyMatch(c -> String.valueOf(c.params()).contains("Sorry Bob")));
        slack.slashCommand(SlackPayloads.slashCommand("U0ANA", CHANNEL, "mirror twin", fake.responseUrl("mirror")));
        FakeSlack.Call card = Eventually.value("the mirror's card in Slack", WAIT, () -> fake.calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts").isEmpty() && c.param("text").contains("Session twin")).findFirst().orElse(null));
        String slackThread = card.param("_ts");
        Eventually.await("the web thread hears of it", WAIT, () -> web(webThread, "Ana mirrored twin into slack:").isPresent());

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

    @Test
    void a_web_session_mirrored_into_discord_takes_turns_from_both_and_shows_answers_on_both() {
        stack.web.post("general", "ana", "/agent run --agent scripted --name pair go", null);
        String webThread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session pair")
                .map(m -> (String) m.get("thread")).orElse(null));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("pair").contains("\n>"));
        discord.gateway().slash(FakeDiscord.ANA, FakeDiscord.CHANNEL, "mirror", Map.of("session", "pair"));
        String thread = Eventually.value("the mirror's Discord thread", WAIT, () -> discord.calls("POST",
                "/channels/" + FakeDiscord.CHANNEL + "/messages/\\d+/threads").stream().findFirst()
                .map(c -> c.path().split("/")[4]).orElse(null));

        stack.web.post("general", "ana", "first from the web", webThread);
        Eventually.await("the web turn", WAIT, () -> stack.daemon.cli().screen("pair").contains("got: [from ana] first from the web"));
        discord.gateway().say(FakeDiscord.BOB, thread, "second from discord");
        Eventually.await("both turns, in order, attributed", WAIT, () -> {
            String screen = stack.daemon.cli().screen("pair");
            int a = screen.indexOf("got: [from ana] first from the web");
            int b = screen.indexOf("got: [from bob] second from discord");
            return a >= 0 && b > a;
        });
        assertTrue(stack.daemon.cli().run("events", "pair", "--json").ok().out().contains("discord:bob"),
                "the platform is part of the attribution");

        discord.gateway().say(FakeDiscord.BOB, thread, "ask Deploy now?");
        Eventually.await("the prompt card on the web", WAIT, () -> web(webThread, "Permission needed").isPresent());
        Eventually.await("and in Discord", WAIT, () -> discord.messagesIn(thread).stream()
                .anyMatch(m -> Json.write(m).contains("Permission needed")));
        stack.web.post("general", "ana", "yes", webThread);
        Eventually.await("the dialog gets y", WAIT, () -> stack.daemon.cli().screen("pair").contains("approved"));
        Eventually.await("answered on the web card", WAIT, () -> web(webThread, "approved once by ana").isPresent());
        Eventually.await("and on the Discord card", WAIT, () -> discord.calls("PATCH", "/channels/" + thread + "/messages/\\d+")
                .stream().anyMatch(c -> Json.write(c.body()).contains("approved once by ana")));
    }
}
