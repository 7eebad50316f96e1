package dev.baton.adapters.web;

import dev.baton.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;
import dev.baton.protocol.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches the hub when people post and press buttons, and what the hub's answers look like in the API. */
class WebChatTranslationIT {
    static final ChannelRef GENERAL = new ChannelRef(Platform.WEB, "general");
    static final ChatUser ANA = new ChatUser(Platform.WEB, "ana", "ana");

    @TempDir
    Path dir;
    WebChatServer server;
    Api api;

    @BeforeEach
    void start() {
        server = WebChatServer.start(dir);
        api = server.api();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_top_level_agent_command_becomes_a_command_without_a_thread_and_is_still_shown() {
        String id = (String) api.say("general", "ana", "  /agent run hello  ", null).get("id");
        Eventually.await("the command", () -> !server.hub().all(ChatEvent.Command.class).isEmpty());
        assertEquals(new ChatEvent.Command(ANA, GENERAL, Optional.empty(), "run hello", id),
                server.hub().all(ChatEvent.Command.class).getFirst());
        assertEquals("  /agent run hello  ", api.thread("general", id, "ana").getFirst().get("text"));
    }

    @Test
    void an_agent_command_in_a_thread_names_the_thread() {
        String thread = (String) api.say("general", "ana", "plain chat", null).get("thread");
        api.say("general", "ana", "/agent status", thread);
        Eventually.await("the command", () -> server.hub().last(ChatEvent.Command.class).isPresent());
        assertEquals(new ChatEvent.Command(ANA, GENERAL, Optional.of(new ThreadRef(GENERAL, thread)), "status", thread),
                server.hub().last(ChatEvent.Command.class).orElseThrow());
    }

    @Test
    void a_reply_in_a_thread_becomes_a_reply_and_a_plain_top_level_message_reaches_nobody() {
        String thread = (String) api.say("general", "ana", "just chatting", null).get("thread");
        String reply = (String) api.say("general", "bo", "please add tests", thread).get("id");
        Eventually.await("the reply", () -> server.hub().last(ChatEvent.Reply.class).isPresent());
        ChatUser bo = new ChatUser(Platform.WEB, "bo", "bo");
        assertEquals(new ChatEvent.Reply(bo, new MessageRef(new ThreadRef(GENERAL, thread), reply), "please add tests"),
                server.hub().last(ChatEvent.Reply.class).orElseThrow());
        assertEquals(1, server.hub().events.size(), "the top-level message was not an event");
    }

    @Test
    void the_hubs_card_is_posted_in_a_new_thread_and_edited_in_place() {
        api.say("general", "ana", "/agent run hello", null);
        Eventually.await("the card", () -> server.hub().cards.containsKey("hello"));
        MessageRef card = server.hub().cards.get("hello");
        Eventually.await("the card is running", () -> state(card).equals("running"));
        List<Map<String, Object>> thread = api.thread("general", card.thread().id(), "ana");
        assertEquals(1, thread.size(), "edited, never re-posted");
        Map<String, Object> message = thread.getFirst();
        assertEquals("bot", message.get("kind"));
        assertEquals(WebChat.BOT_NAME, message.get("user"));
        assertEquals(true, message.get("edited"));
        assertEquals("card", ((Map<?, ?>) message.get("post")).get("type"));
    }

    @Test
    void a_button_press_becomes_a_button_event_on_the_card() {
        api.say("general", "ana", "/agent run hello", null);
        Eventually.await("the card", () -> server.hub().cards.containsKey("hello"));
        MessageRef card = server.hub().cards.get("hello");
        Api.Reply pressed = api.post("/api/actions", Json.object("user", "bo", "channel", "general",
                "thread", card.thread().id(), "message", card.id(), "action", "approve", "value", "hello"));
        assertEquals(202, pressed.status(), pressed.body());
        Eventually.await("the button event", () -> server.hub().last(ChatEvent.Button.class).isPresent());
        assertEquals(new ChatEvent.Button(new ChatUser(Platform.WEB, "bo", "bo"), card, "approve", "hello"),
                server.hub().last(ChatEvent.Button.class).orElseThrow());
        Eventually.await("the card shows the approval", () -> state(card).equals("approved by bo"));
    }

    @Test
    void a_press_of_a_button_the_card_does_not_offer_is_refused() {
        api.say("general", "ana", "/agent run hello", null);
        Eventually.await("the card", () -> server.hub().cards.containsKey("hello"));
        MessageRef card = server.hub().cards.get("hello");
        Api.Reply forged = api.post("/api/actions", Json.object("user", "bo", "channel", "general",
                "message", card.id(), "action", "delete-everything", "value", "hello"));
        assertEquals(400, forged.status());
        assertEquals("message " + card.id() + " has no button \"delete-everything\"", forged.error());
        Api.Reply missing = api.post("/api/actions", Json.object("user", "bo", "channel", "general",
                "message", "12345", "action", "approve", "value", "hello"));
        assertEquals(404, missing.status());
        assertTrue(server.hub().all(ChatEvent.Button.class).isEmpty());
    }

    @Test
    void a_reply_is_acknowledged_with_a_badge() {
        String thread = (String) api.say("general", "ana", "root", null).get("thread");
        String reply = (String) api.say("general", "bo", "do it", thread).get("id");
        Eventually.await("the delivered badge", () -> "delivered".equals(
                api.thread("general", thread, "bo").getLast().get("badge")));
        assertEquals(reply, api.thread("general", thread, "bo").getLast().get("id"));
    }

    @Test
    void posting_returns_before_a_slow_hub_has_handled_the_event() throws Exception {
        server.close();
        try (WebChat chat = WebChat.open(dir.resolve("slow.db"), "t", java.time.Clock.systemUTC())) {
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch handled = new java.util.concurrent.CountDownLatch(1);
            chat.connect((event, from) -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handled.countDown();
            });
            io.javalin.Javalin app = io.javalin.Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                chat.routes(cfg);
            }).start("127.0.0.1", 0);
            try {
                Api slow = new Api("http://127.0.0.1:" + app.port(), "t");
                assertEquals(201, slow.post("/api/channels/general/messages",
                        Json.object("user", "ana", "text", "/agent run slow")).status());
                assertEquals(1, handled.getCount(), "the hub is still busy, and the post has returned");
                release.countDown();
                assertTrue(handled.await(Eventually.WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
            } finally {
                release.countDown();
                app.stop();
            }
        }
        server = WebChatServer.start(dir);
    }

    private String state(MessageRef card) {
        Map<String, Object> message = api.thread("general", card.thread().id(), "ana").getFirst();
        List<?> fields = (List<?>) ((Map<?, ?>) message.get("post")).get("fields");
        return fields.stream().map(f -> (Map<?, ?>) f).filter(f -> "state".equals(f.get("label")))
                .map(f -> (String) f.get("value")).findFirst().orElseThrow();
    }
}
