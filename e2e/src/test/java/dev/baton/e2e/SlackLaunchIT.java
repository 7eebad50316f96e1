package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.adapters.slack.testing.SignedRequests;
import dev.baton.adapters.slack.testing.SlackPayloads;
import dev.baton.config.ChannelSettings;
import dev.baton.protocol.json.Json;
import dev.baton.testing.Eventually;
import java.net.http.HttpResponse;
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
 * The Slack launch modal against a real daemon: {@code /agent run} with no prompt → {@code views.open} with the
 * channel's defaults and the daemon's branches; a daemon pick → {@code views.update}; a submission with a branch
 * that has gone → {@code response_action: errors}; a good one → the session's card in the channel. And an offline
 * preferred daemon shows in the modal.
 */
class SlackLaunchIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SECRET = "e2e-signing-secret-0123456789abcdef";
    static final String CHANNEL = "C0BILLING";
    @TempDir
    Path tmp;
    FakeSlack fake;
    Stack stack;
    SignedRequests slack;

    @BeforeEach
    void up() throws Exception {
        fake = FakeSlack.start().user("U0ANA", "Ana").user("U0BOB", "Bob");
        stack = new Stack(tmp).slack(fake, SECRET, Map.of());
        stack.repo.git("branch", "release");
        stack.channels = Map.of("slack:" + CHANNEL, new ChannelSettings("slack:" + CHANNEL,
                Optional.of(stack.repo.dir().getFileName().toString()), Optional.of("scripted"), Optional.empty(),
                Optional.of("release")));
        stack.identities = List.of(new dev.baton.config.Identity("ana", Optional.empty(), Optional.of("U0ANA"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("ana-laptop")));
        stack.startHub().startDaemon();
        stack.awaitDaemonOnline();
        slack = new SignedRequests(stack.hub.port(), SECRET);
    }

    @AfterEach
    void down() {
        stack.close();
        fake.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> block(Map<String, Object> view, String id) {
        return ((List<Map<String, Object>>) view.get("blocks")).stream().filter(b -> id.equals(b.get("block_id")))
                .findFirst().orElseThrow(() -> new AssertionError("no block " + id + " in " + Json.write(view)));
    }

    @SuppressWarnings("unchecked")
    private static String initial(Map<String, Object> view, String id) {
        Map<String, Object> element = (Map<String, Object>) block(view, id).get("element");
        Object option = element.get("initial_option");
        return option == null ? String.valueOf(element.get("initial_value")) : (String) ((Map<String, Object>) option).get("value");
    }

    private Map<String, Object> opened(String user) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = slack.slashCommand(SlackPayloads.slashCommand(user, CHANNEL, "run", fake.responseUrl("r")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(3).toNanos(), "answered within Slack's 3 s");
        FakeSlack.Call open = fake.await("views.open", 1, WAIT).getLast();
        assertEquals("1.2.3", open.param("trigger_id"));
        return Json.parseObject(open.param("view"));
    }

    @Test
    void the_modal_opens_with_the_channels_defaults_updates_on_a_daemon_pick_and_starts_the_session() {
        Map<String, Object> view = opened("U0BOB");
        assertEquals(CHANNEL, view.get("private_metadata"));
        assertEquals("test", initial(view, "daemon"));
        assertEquals("scripted", initial(view, "agent"));
        assertEquals(stack.repo.dir().toString(), initial(view, "repo"));
        assertEquals("release", initial(view, "branch"));
        assertTrue(Json.write(block(view, "branch")).contains("\"main\""), "the daemon's branches are offered");

        Map<String, String> values = new java.util.HashMap<>(Map.of("daemon", "test", "agent", "scripted",
                "repo", stack.repo.dir().toString(), "branch", "release", "visibility", "channel"));
        assertEquals(200, slack.blockAction(SlackPayloads.modalAction("U0BOB", CHANNEL, "daemon", values)).statusCode());
        FakeSlack.Call update = fake.await("views.update", 1, WAIT).getLast();
        assertEquals("V0LAUNCH", update.param("view_id"));
        assertEquals("test", initial(Json.parseObject(update.param("view")), "daemon"));

        values.put("branch", "gone");
        values.put("prompt", "hello from the modal");
        values.put("name", "modal");
        HttpResponse<String> bad = slack.blockAction(SlackPayloads.viewSubmission("U0BOB", CHANNEL, values));
        assertEquals(200, bad.statusCode());
        Map<String, Object> answer = Json.parseObject(bad.body());
        assertEquals("errors", answer.get("response_action"), bad.body());
        assertTrue(String.valueOf(((Map<?, ?>) answer.get("errors")).get("branch")).contains("Branch 'gone' is not in"),
                bad.body());

        values.put("branch", "release");
        HttpResponse<String> good = slack.blockAction(SlackPayloads.viewSubmission("U0BOB", CHANNEL, values));
        assertEquals(200, good.statusCode(), good.body());
        assertTrue(!good.body().contains("response_action"), good.body());
        FakeSlack.Call card = fake.await("chat.postMessage", 1, WAIT).getFirst();
        assertEquals(CHANNEL, card.param("channel"));
        Eventually.await("the card to show the session from release", WAIT, () -> fake.calls("chat.update").stream()
                .anyMatch(c -> c.param("text").contains("baton/modal from release")));
    }

    @Test
    void an_offline_preferred_daemon_is_reported_in_the_modal_and_not_picked() {
        Map<String, Object> view = opened("U0ANA");
        String text = Json.write(block(view, "daemon_error"));
        assertTrue(text.contains("Your preferred daemon ana-laptop is offline") && text.contains("test"), text);
        Map<String, Object> daemon = block(view, "daemon");
        assertTrue(!Json.write(daemon).contains("initial_option"), "never picked silently: " + Json.write(daemon));
    }
}
