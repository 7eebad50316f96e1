package dev.baton.adapters.web;

import dev.baton.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP: channels, messages, threads, access and refusals. */
class WebChatApiIT {
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
    void a_new_store_has_the_general_channel() {
        Api.Reply reply = api.get("/api/channels");
        assertEquals(200, reply.status());
        assertEquals(List.of(Map.of("id", "general", "name", "general")), reply.list());
    }

    @Test
    void a_channel_can_be_added_once_and_is_listed() {
        assertEquals(201, api.post("/api/channels", Json.object("name", "build-box")).status());
        Api.Reply again = api.post("/api/channels", Json.object("name", "build-box"));
        assertEquals(409, again.status());
        assertEquals("channel #build-box already exists", again.error());
        assertEquals(List.of("build-box", "general"),
                api.get("/api/channels").list().stream().map(c -> c.get("name")).toList());
    }

    @Test
    void a_bad_channel_name_is_refused_with_a_clear_reason() {
        for (String bad : List.of("", "Build", "-x", "a b", "x".repeat(41), "<script>")) {
            Api.Reply reply = api.post("/api/channels", Json.object("name", bad));
            assertEquals(400, reply.status(), bad);
            assertTrue(reply.error().startsWith("a channel name is 1-40 characters"), reply.error());
        }
    }

    @Test
    void a_top_level_message_starts_its_own_thread_and_replies_follow_it_oldest_first() {
        Map<String, Object> root = api.say("general", "ana", "hello all", null);
        assertEquals(root.get("id"), root.get("thread"));
        String thread = (String) root.get("thread");
        Map<String, Object> reply = api.say("general", "bo", "hi ana", thread);
        assertEquals(thread, reply.get("thread"));
        api.say("general", "ana", "second reply", thread);

        List<Map<String, Object>> messages = api.thread("general", thread, "ana");
        assertEquals(List.of("hello all", "hi ana", "second reply"), messages.stream().map(m -> m.get("text")).toList());
        assertEquals(List.of("ana", "bo", "ana"), messages.stream().map(m -> m.get("user")).toList());
        assertEquals("user", messages.getFirst().get("kind"));
        assertEquals("general", messages.getFirst().get("channel"));

        List<Map<String, Object>> roots = api.get("/api/channels/general/messages?user=ana").list();
        assertEquals(1, roots.size());
        assertEquals(2L, roots.getFirst().get("replies"));
        assertEquals(messages.getLast().get("ts"), roots.getFirst().get("lastActivity"));
    }

    @Test
    void threads_are_listed_by_last_activity() {
        String older = (String) api.say("general", "ana", "first thread", null).get("thread");
        String newer = (String) api.say("general", "ana", "second thread", null).get("thread");
        api.say("general", "bo", "bump", older);
        List<Object> order = api.get("/api/channels/general/messages").list().stream().map(m -> m.get("id")).toList();
        assertEquals(List.of(older, newer), order);
    }

    @Test
    void requests_without_the_token_or_with_a_wrong_one_are_refused() {
        for (Api other : List.of(api.withToken(null), api.withToken("wrong"), api.withToken(WebChatServer.TOKEN + "x"))) {
            Api.Reply reply = other.get("/api/channels");
            assertEquals(401, reply.status());
            assertEquals("missing or wrong access token", reply.error());
            assertEquals(401, other.post("/api/channels/general/messages",
                    Json.object("user", "ana", "text", "hi")).status());
        }
        assertEquals(0, api.get("/api/channels/general/messages").list().size(), "nothing was stored");
    }

    @Test
    void the_token_may_also_come_as_a_query_parameter() {
        Api.Reply reply = api.withToken(null).get("/api/channels?token=" + WebChatServer.TOKEN);
        assertEquals(200, reply.status());
    }

    @Test
    void an_unknown_channel_or_thread_is_not_found() {
        Api.Reply channel = api.post("/api/channels/nope/messages", Json.object("user", "ana", "text", "hi"));
        assertEquals(404, channel.status());
        assertEquals("there is no channel #nope", channel.error());
        assertEquals(404, api.get("/api/channels/nope/messages").status());

        Api.Reply thread = api.post("/api/channels/general/messages",
                Json.object("user", "ana", "text", "hi", "thread", "999"));
        assertEquals(404, thread.status());
        assertEquals("there is no thread 999 in #general", thread.error());
        assertEquals(404, api.get("/api/channels/general/threads/999/messages").status());
    }

    @Test
    void a_reply_cannot_be_used_as_a_thread() {
        String thread = (String) api.say("general", "ana", "root", null).get("thread");
        String reply = (String) api.say("general", "ana", "reply", thread).get("id");
        assertEquals(404, api.post("/api/channels/general/messages",
                Json.object("user", "ana", "text", "x", "thread", reply)).status());
    }

    @Test
    void a_missing_or_blank_user_or_text_is_a_bad_request() {
        List<Map<String, Object>> bodies = List.of(Json.object("text", "hi"), Json.object("user", " ", "text", "hi"),
                Json.object("user", "ana"), Json.object("user", "ana", "text", "  \n "),
                Json.object("user", "x".repeat(65), "text", "hi"), Json.object("user", "a\u0007b", "text", "hi"),
                Json.object("user", 42, "text", "hi"));
        for (Map<String, Object> body : bodies) {
            Api.Reply reply = api.post("/api/channels/general/messages", body);
            assertEquals(400, reply.status(), body.toString());
            assertTrue(reply.error() != null && !reply.error().isBlank());
        }
        Api.Reply notJson = api.post("/api/channels/general/messages", "{not json");
        assertEquals(400, notJson.status());
        assertTrue(notJson.error().startsWith("the request body must be a JSON object"), notJson.error());
        assertEquals(0, api.get("/api/channels/general/messages").list().size());
    }

    @Test
    void a_message_over_40000_characters_is_refused_and_not_stored() {
        Api.Reply reply = api.post("/api/channels/general/messages",
                Json.object("user", "ana", "text", "x".repeat(40_123)));
        assertEquals(413, reply.status());
        assertEquals("{\"error\":\"message is 40123 characters; the limit is 40000\"}", reply.body());
        assertEquals(0, api.get("/api/channels/general/messages").list().size());
        assertEquals(201, api.post("/api/channels/general/messages",
                Json.object("user", "ana", "text", "x".repeat(40_000))).status());
    }

    @Test
    void control_characters_in_text_are_stored_as_typed() {
        String text = "red \u001b[31mtext\u001b[0m and a bell \u0007 <b>not bold</b>";
        String thread = (String) api.say("general", "ana", text, null).get("thread");
        assertEquals(text, api.thread("general", thread, "ana").getFirst().get("text"));
    }

    @Test
    void a_whisper_is_shown_only_to_the_user_it_is_for() {
        String thread = (String) api.say("general", "ana", "/agent whisper", null).get("thread");
        api.say("general", "ana", "/agent whisper", thread);
        Eventually.await("the whisper", () -> api.thread("general", thread, "ana").size() == 3);

        Map<String, Object> whisper = api.thread("general", thread, "ana").getLast();
        assertEquals("ana", whisper.get("visibleTo"));
        assertEquals("only for you, ana", ((Map<?, ?>) whisper.get("post")).get("text"));
        assertEquals(2, api.thread("general", thread, "bo").size(), "bo does not see it");
        assertEquals(2, api.get("/api/channels/general/threads/" + thread + "/messages").list().size());
        assertEquals(1L, api.get("/api/channels/general/messages?user=bo").list().getFirst().get("replies"));
        assertEquals(2L, api.get("/api/channels/general/messages?user=ana").list().getFirst().get("replies"));
    }

    @Test
    void the_page_and_its_assets_are_served_with_a_strict_content_policy() {
        Api.Reply page = api.withToken(null).get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<script src=\"/assets/chat.js\""));
        for (String asset : List.of("chat.js", "render.js", "chat.css")) {
            assertEquals(200, api.withToken(null).get("/assets/" + asset).status(), asset);
        }
        assertEquals(404, api.withToken(null).get("/assets/secret.db").status());
    }
}
