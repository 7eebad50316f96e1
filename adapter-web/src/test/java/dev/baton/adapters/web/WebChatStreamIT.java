package dev.baton.adapters.web;

import dev.baton.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.baton.chat.MessageRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live stream over real HTTP: Server-Sent Events read with java.net.http. */
class WebChatStreamIT {
    @TempDir
    Path dir;
    WebChatServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private SseStream stream(String query) {
        SseStream s = new SseStream(server.url() + "/api/stream?" + query);
        s.next("ready");
        return s;
    }

    @Test
    void new_messages_and_card_edits_arrive_as_message_and_update_events() {
        server = WebChatServer.start(dir);
        try (SseStream live = stream("token=" + WebChatServer.TOKEN + "&user=ana")) {
            String id = (String) server.api().say("general", "ana", "/agent run hello", null).get("id");
            Map<String, Object> mine = live.next(SseStream.about("message", id)).json();
            assertEquals("general", mine.get("channel"));
            assertEquals(id, mine.get("thread"));
            assertEquals("ana", mine.get("user"));

            Eventually.await("the card", () -> server.hub().cards.containsKey("hello"));
            MessageRef card = server.hub().cards.get("hello");
            Map<String, Object> posted = live.next(SseStream.about("message", card.id())).json();
            assertEquals("bot", posted.get("kind"));
            assertEquals(card.thread().id(), posted.get("thread"));
            Map<String, Object> edited = live.next(SseStream.about("update", card.id())).json();
            assertEquals(true, edited.get("edited"));
            assertEquals("card", ((Map<?, ?>) edited.get("post")).get("type"));
        }
    }

    @Test
    void a_badge_arrives_as_an_update_of_the_users_message() {
        server = WebChatServer.start(dir);
        try (SseStream live = stream("token=" + WebChatServer.TOKEN)) {
            String thread = (String) server.api().say("general", "ana", "root", null).get("thread");
            String reply = (String) server.api().say("general", "bo", "go", thread).get("id");
            assertEquals("queued #1", live.next(SseStream.about("update", reply)).json().get("badge"));
            assertEquals("delivered", live.next(SseStream.about("update", reply)).json().get("badge"));
        }
    }

    @Test
    void a_whisper_is_streamed_only_to_its_user() {
        server = WebChatServer.start(dir);
        try (SseStream ana = stream("token=" + WebChatServer.TOKEN + "&user=ana");
             SseStream bo = stream("token=" + WebChatServer.TOKEN + "&user=bo")) {
            String thread = (String) server.api().say("general", "ana", "root", null).get("thread");
            server.api().say("general", "ana", "/agent whisper", thread);
            Map<String, Object> whisper = ana.next(e -> e.name().equals("message")
                    && "bot".equals(e.json().get("kind"))).json();
            assertEquals("ana", whisper.get("visibleTo"));
            String last = (String) server.api().say("general", "ana", "after the whisper", thread).get("id");
            List<SseStream.Event> seenByBo = new java.util.ArrayList<>();
            bo.next(e -> {
                seenByBo.add(e);
                return SseStream.about("message", last).test(e);
            });
            assertFalse(seenByBo.stream().anyMatch(e -> e.name().equals("message")
                    && "bot".equals(e.json().get("kind"))), "bo saw: " + seenByBo);
        }
    }

    @Test
    void an_idle_stream_gets_heartbeat_comments() {
        server = WebChatServer.start(dir, new WebChatOptions(Duration.ofMillis(100), 16, 16));
        try (SseStream live = stream("token=" + WebChatServer.TOKEN)) {
            assertEquals("heartbeat", live.next("comment").data());
        }
    }

    @Test
    void the_stream_needs_the_token() {
        server = WebChatServer.start(dir);
        try (SseStream refused = new SseStream(server.url() + "/api/stream?token=wrong")) {
            assertEquals(401, refused.status());
        }
    }
}
