package dev.baton.adapters.web;

import dev.baton.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.MessageRef;
import dev.baton.protocol.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing and reopening the same database file keeps channels, threads, history, cards and badges. */
class WebChatRestartIT {
    @TempDir
    Path dir;

    @Test
    void channels_threads_and_history_survive_a_restart() {
        try (WebChatServer server = WebChatServer.start(dir)) {
            Api api = server.api();
            assertEquals(201, api.post("/api/channels", Json.object("name", "ops")).status());
            String thread = (String) api.say("ops", "ana", "/agent run nightly", null).get("thread");
            String reply = (String) api.say("ops", "bo", "looks good", thread).get("id");
            Eventually.await("the card", () -> server.hub().cards.containsKey("nightly"));
            Eventually.await("the badge", () -> "delivered".equals(api.thread("ops", thread, "bo").getLast().get("badge")));
            MessageRef card = server.hub().cards.get("nightly");

            server.restart();

            Api after = server.api();
            assertEquals(List.of("general", "ops"), after.get("/api/channels").list().stream().map(c -> c.get("id")).toList());
            List<Map<String, Object>> messages = after.thread("ops", thread, "bo");
            assertEquals(List.of("/agent run nightly", "looks good"), messages.stream().map(m -> m.get("text")).toList());
            assertEquals("delivered", messages.getLast().get("badge"));
            assertEquals(reply, messages.getLast().get("id"));
            Map<String, Object> cardMessage = after.thread("ops", card.thread().id(), "bo").getFirst();
            assertEquals(true, cardMessage.get("edited"));
            assertEquals(2, after.get("/api/channels/ops/messages").list().size());

            String next = (String) after.say("ops", "ana", "new after restart", null).get("id");
            assertTrue(Long.parseLong(next) > Long.parseLong(reply), "ids keep growing");
        }
    }

    @Test
    void the_database_file_is_readable_by_its_owner_only() throws Exception {
        try (WebChatServer server = WebChatServer.start(dir)) {
            server.api().say("general", "ana", "hello", null);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(server.db())));
            Path wal = server.db().resolveSibling("chat.db-wal");
            assertTrue(Files.exists(wal), "WAL mode");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
        }
    }
}
