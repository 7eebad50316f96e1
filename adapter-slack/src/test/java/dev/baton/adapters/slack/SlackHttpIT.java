package dev.baton.adapters.slack;

import dev.baton.testing.Eventually;
import static dev.baton.adapters.slack.SlackServer.CHANNEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.adapters.slack.testing.SignedRequests;
import dev.baton.adapters.slack.testing.SlackPayloads;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.Identity;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Bolt app in HTTP mode, driven by signed requests, posting to a fake Slack Web API. */
class SlackHttpIT {
    @TempDir
    Path tmp;
    FakeSlack fake;
    SlackServer slack;

    @BeforeEach
    void up() {
        fake = FakeSlack.start().user("U0ANA", "Ana").user("U0BOB", "Bob");
        slack = SlackServer.open(fake, tmp.resolve("slack.db"));
    }

    @AfterEach
    void down() {
        if (slack != null) {
            slack.close();
        }
        fake.close();
    }

    private String startSession(String name) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = slack.requests.slashCommand(SlackPayloads.slashCommand("U0ANA", CHANNEL, "run " + name,
                fake.responseUrl("r1")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(3).toNanos(), "acknowledged within Slack's 3 s");
        return fake.await("chat.postMessage", 1, Duration.ofSeconds(10)).getFirst().param("_ts");
    }

    @Test
    void slash_command_run_is_acknowledged_at_once_and_the_card_is_posted_then_edited_in_place() {
        startSession("demo");
        FakeSlack.Call post = fake.calls("chat.postMessage").getFirst();
        assertEquals(CHANNEL, post.param("channel"));
        assertEquals("", post.param("thread_ts"), "the card is a new message in the channel");
        assertTrue(post.param("blocks").contains("\"action_id\":\"baton:screen\""), post.param("blocks"));
        assertTrue(post.param("blocks").contains("\"style\":\"danger\""), post.param("blocks"));
        assertEquals("xoxb-test-token", post.param("_token"));
        List<FakeSlack.Call> updates = fake.await("chat.update", 1, Duration.ofSeconds(10));
        String cardTs = slack.hub.cards.get("demo").id();
        assertEquals(cardTs, updates.getFirst().param("ts"));
        assertTrue(updates.getFirst().param("text").contains("running"), updates.getFirst().param("text"));
        assertEquals(1, fake.calls("chat.postMessage").size(), "edited, never re-posted");
        ChatEvent.Command c = slack.hub.last(ChatEvent.Command.class).orElseThrow();
        assertEquals("Ana", c.user().name());
        assertEquals(Optional.empty(), c.thread());
    }

    @Test
    void a_thread_reply_becomes_a_reply_from_the_mapped_identity_with_markup_decoded() {
        String thread = startSession("demo");
        slack.requests.event(SlackPayloads.eventCallback("Ev1", SlackPayloads.message(CHANNEL, "U0BOB",
                "hi <@U0ANA>, see <https://x.example/a?b=1&amp;c=2|the doc> &amp; <https://y.example> in <#C0OPS|ops> &lt;3",
                "1700000001.000200", thread)));
        Eventually.await("the reply", () -> slack.hub.last(ChatEvent.Reply.class).isPresent());
        ChatEvent.Reply r = slack.hub.last(ChatEvent.Reply.class).orElseThrow();
        assertEquals("Bob", r.user().name());
        assertEquals("U0BOB", r.user().id());
        assertEquals("hi @Ana, see the doc (https://x.example/a?b=1&c=2) & https://y.example in #ops <3", r.text());
        assertEquals(thread, r.message().thread().id());
        assertEquals("1700000001.000200", r.message().id());
        Eventually.await("the acknowledgement reactions", () -> fake.calls("reactions.add").size() == 2);
        assertEquals(List.of("hourglass_flowing_sand", "white_check_mark"),
                fake.calls("reactions.add").stream().map(c -> c.param("name")).toList());
        assertEquals("hourglass_flowing_sand", fake.calls("reactions.remove").getFirst().param("name"));
    }

    @Test
    void an_agent_command_typed_in_a_thread_is_a_command_for_that_thread_and_answered_there() {
        String thread = startSession("demo");
        slack.requests.event(SlackPayloads.eventCallback("Ev2", SlackPayloads.message(CHANNEL, "U0ANA", "  !agent screen",
                "1700000001.000300", thread)));
        Eventually.await("the command", () -> slack.hub.all(ChatEvent.Command.class).size() == 2);
        ChatEvent.Command c = slack.hub.last(ChatEvent.Command.class).orElseThrow();
        assertEquals("screen", c.text());
        assertEquals(Optional.of(thread), c.thread().map(t -> t.id()));
        Eventually.await("the answer in the thread", () -> fake.calls("chat.postMessage").stream()
                .anyMatch(p -> p.param("thread_ts").equals(thread) && p.param("text").contains("answer to screen")));
    }

    @Test
    void a_slash_command_is_answered_ephemerally_through_its_response_url() {
        slack.requests.slashCommand(SlackPayloads.slashCommand("U0ANA", CHANNEL, "ls", fake.responseUrl("ls1")));
        Eventually.await("the response_url post", () -> !fake.calls("response_url").isEmpty());
        FakeSlack.Call answer = fake.calls("response_url").getFirst();
        assertEquals("ls1", answer.param("id"));
        assertTrue(answer.param("body").contains("\"response_type\":\"ephemeral\""), answer.param("body"));
        assertTrue(answer.param("body").contains("answer to ls"), answer.param("body"));
    }

    @Test
    void the_bots_own_messages_and_edits_are_never_input_but_a_persons_edit_or_delete_is_reported() {
        String thread = startSession("demo");
        slack.requests.event(SlackPayloads.eventCallback("Ev3", SlackPayloads.botMessage(CHANNEL, "from the bot",
                "1700000002.000100", thread)));
        slack.requests.event(SlackPayloads.eventCallback("Ev4", SlackPayloads.botEdited(CHANNEL, thread, thread)));
        slack.requests.event(SlackPayloads.eventCallback("Ev5", SlackPayloads.edited(CHANNEL, "U0ANA",
                "1700000002.000200", thread, "typo", "fixed")));
        slack.requests.event(SlackPayloads.eventCallback("Ev6", SlackPayloads.deleted(CHANNEL, "U0ANA",
                "1700000002.000300", thread)));
        Eventually.await("two changes", () -> slack.hub.all(ChatEvent.Changed.class).size() == 2);
        List<ChatEvent.Changed> changes = slack.hub.all(ChatEvent.Changed.class);
        assertFalse(changes.get(0).deleted());
        assertEquals("1700000002.000200", changes.get(0).message().id());
        assertTrue(changes.get(1).deleted());
        assertEquals(List.of(), slack.hub.all(ChatEvent.Reply.class), "bot messages never become replies");
    }

    @Test
    void a_button_press_becomes_a_button_event_on_the_card() {
        String card = startSession("demo");
        HttpResponse<String> r = slack.requests.blockAction(SlackPayloads.blockAction("U0BOB", CHANNEL, card,
                "baton:screen", "demo"));
        assertEquals(200, r.statusCode(), r.body());
        Eventually.await("the button", () -> slack.hub.last(ChatEvent.Button.class).isPresent());
        ChatEvent.Button b = slack.hub.last(ChatEvent.Button.class).orElseThrow();
        assertEquals("screen", b.action());
        assertEquals("demo", b.value());
        assertEquals("Bob", b.user().name());
        assertEquals(card, b.message().id());
        assertEquals(card, b.message().thread().id());
    }

    @Test
    void forged_stale_and_unsigned_requests_are_refused_with_401() {
        String body = SlackPayloads.form(SlackPayloads.slashCommand("U0ANA", CHANNEL, "run x", fake.responseUrl("r")));
        long now = System.currentTimeMillis() / 1000;
        String type = "application/x-www-form-urlencoded";
        assertEquals(401, slack.requests.raw(body, type, Long.toString(now),
                SignedRequests.sign("not-the-secret", now, body), Map.of()).statusCode(), "forged signature");
        long stale = now - 6 * 60;
        assertEquals(401, slack.requests.raw(body, type, Long.toString(stale),
                SignedRequests.sign(SlackServer.SECRET, stale, body), Map.of()).statusCode(), "older than 5 minutes");
        assertEquals(401, slack.requests.raw(body, type, null, null, Map.of()).statusCode(), "no headers");
        assertEquals(401, slack.requests.raw(body + "&text=tampered", type, Long.toString(now),
                SignedRequests.sign(SlackServer.SECRET, now, body), Map.of()).statusCode(), "body changed after signing");
        assertEquals(List.of(), slack.hub.events);
    }

    @Test
    void a_retried_event_has_exactly_one_effect_also_after_a_restart() {
        String thread = startSession("demo");
        String event = SlackPayloads.eventCallback("EvRetry", SlackPayloads.message(CHANNEL, "U0ANA", "once",
                "1700000003.000100", thread));
        assertEquals(200, slack.requests.event(event).statusCode());
        assertEquals(200, slack.requests.retriedEvent(event, 1).statusCode());
        Eventually.await("the reply", () -> slack.hub.all(ChatEvent.Reply.class).size() == 1);
        slack.close();
        slack = SlackServer.open(fake, tmp.resolve("slack.db"));
        assertEquals(200, slack.requests.retriedEvent(event, 2).statusCode());
        slack.requests.event(SlackPayloads.eventCallback("EvNext", SlackPayloads.message(CHANNEL, "U0ANA", "next",
                "1700000003.000200", thread)));
        Eventually.await("the next reply", () -> slack.hub.all(ChatEvent.Reply.class).size() == 1);
        assertEquals("next", slack.hub.all(ChatEvent.Reply.class).getFirst().text(), "the retry had no effect");
    }

    @Test
    void unknown_users_and_channels_are_refused_where_the_config_restricts_them() {
        slack.close();
        slack = new SlackServer(fake, tmp.resolve("r.db"), Set.of(CHANNEL), Set.of("U0ANA"),
                Map.of("U0ANA", new Identity("Ana Lima", Optional.of("analima"), Optional.of("ana@example.com"))),
                SlackServer.FAST);
        HttpResponse<String> stranger = slack.requests.slashCommand(SlackPayloads.slashCommand("U0EVE", CHANNEL, "run x",
                fake.responseUrl("r")));
        assertEquals(200, stranger.statusCode());
        assertTrue(stranger.body().contains("list of Slack users"), stranger.body());
        HttpResponse<String> elsewhere = slack.requests.slashCommand(SlackPayloads.slashCommand("U0ANA", "C0OTHER",
                "run x", fake.responseUrl("r")));
        assertTrue(elsewhere.body().contains("not enabled in this channel"), elsewhere.body());
        slack.requests.event(SlackPayloads.eventCallback("EvEve", SlackPayloads.message(CHANNEL, "U0EVE", "let me in",
                "1700000004.000100", "1700000000.000100")));
        slack.requests.event(SlackPayloads.eventCallback("EvAna", SlackPayloads.message(CHANNEL, "U0ANA", "hello",
                "1700000004.000200", "1700000000.000100")));
        Eventually.await("ana's reply", () -> slack.hub.last(ChatEvent.Reply.class).isPresent());
        assertEquals(1, slack.hub.events.size(), "only the allowed user's message reached the hub");
        ChatEvent.Reply r = slack.hub.last(ChatEvent.Reply.class).orElseThrow();
        assertEquals("Ana Lima", r.user().name(), "the configured identity names the user");
        assertEquals(Optional.of("analima"), slack.chat.identity(r.user()).github());
        assertEquals(Optional.of("ana@example.com"), slack.chat.identity(r.user()).email());
    }

    @Test
    void a_forty_thousand_and_one_character_message_reaches_the_hub_whole_for_it_to_refuse() {
        String thread = startSession("demo");
        String big = "x".repeat(40_001);
        slack.requests.event(SlackPayloads.eventCallback("EvBig", SlackPayloads.message(CHANNEL, "U0ANA", big,
                "1700000005.000100", thread)));
        Eventually.await("the reply", () -> slack.hub.last(ChatEvent.Reply.class).isPresent());
        assertEquals(40_001, slack.hub.last(ChatEvent.Reply.class).orElseThrow().text().length());
    }
}
