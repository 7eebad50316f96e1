package dev.baton.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web team mode ({@code [web] accounts = true}) over real HTTP: a personal link fixes who you are; another user's name
 * in the body or the query, a revoked link, a forged link and the old shared token are each refused.
 */
class WebAccountsIT {
    @TempDir
    Path dir;
    WebChatServer server;
    WebAccounts accounts;
    String ana;
    String bob;

    @BeforeEach
    void up() {
        server = WebChatServer.start(dir);
        accounts = new WebAccounts(dir);
        ana = accounts.add("ana");
        bob = accounts.add("bob");
        server.chat().useAccounts(accounts);
    }

    @AfterEach
    void down() {
        server.close();
    }

    private Api as(String token) {
        return server.api().withToken(token);
    }

    @Test
    void a_personal_link_posts_as_its_person_and_only_its_hash_is_kept() throws Exception {
        assertEquals(Map.of("accounts", true, "name", "ana"), as(ana).get("/api/me").json());
        Api.Reply posted = as(ana).post("/api/channels/general/messages", Json.object("text", "hello"));
        assertEquals(201, posted.status(), posted.body());
        String thread = (String) posted.json().get("thread");
        assertEquals("ana", as(ana).thread("general", thread, "ana").getFirst().get("user"));
        Api.Reply named = as(ana).post("/api/channels/general/messages", Json.object("user", "ana", "text", "again"));
        assertEquals(201, named.status(), "naming yourself is fine: " + named.body());
        String file = Files.readString(dir.resolve("web-accounts"));
        assertFalse(file.contains(ana) || file.contains(bob), "only hashes are stored");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("web-accounts"))));
    }

    @Test
    void another_users_name_in_the_body_or_the_query_is_refused() {
        Api.Reply post = as(ana).post("/api/channels/general/messages", Json.object("user", "bob", "text", "I am bob"));
        assertEquals(403, post.status(), post.body());
        assertTrue(post.error().contains("cannot act as bob"), post.body());
        String thread = (String) as(bob).post("/api/channels/general/messages", Json.object("text", "mine")).json().get("thread");
        assertEquals(403, as(ana).get("/api/channels/general/threads/" + thread + "/messages?user=bob").status(),
                "reading bob's whispers as ana");
        assertEquals(403, as(ana).get("/api/channels/general/messages?user=bob").status());
        Api.Reply press = as(ana).post("/api/actions", Json.object("user", "bob", "message", thread, "action", "x"));
        assertEquals(403, press.status(), press.body());
        assertEquals(403, stream(ana, "bob"), "the stream as someone else");
        assertEquals(200, stream(ana, "ana"));
    }

    @Test
    void a_revoked_a_replaced_a_forged_link_and_the_shared_token_are_refused() {
        assertTrue(accounts.revoke("bob"));
        assertEquals(401, as(bob).get("/api/channels").status(), "revoked");
        assertEquals(401, stream(bob, "bob"), "a revoked link's stream");
        String old = ana;
        String fresh = accounts.add("ana");
        assertEquals(401, as(old).get("/api/channels").status(), "replaced by a new link");
        assertEquals(200, as(fresh).get("/api/channels").status());
        String forged = fresh.substring(0, fresh.length() - 1) + (fresh.endsWith("A") ? "B" : "A");
        assertEquals(401, as(forged).get("/api/channels").status(), "forged");
        assertEquals(401, as("u_" + "A".repeat(43)).get("/api/channels").status(), "made up");
        assertEquals(401, server.api().get("/api/channels").status(), "the shared token opens nothing in team mode");
        assertEquals(401, as(null).get("/api/channels").status());
    }

    /** The status of opening the live stream with {@code token} as {@code user} (the body is not read). */
    private int stream(String token, String user) {
        try {
            HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    server.url() + "/api/stream?token=" + token + "&user=" + user)).timeout(Duration.ofSeconds(5)).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            return r.statusCode();
        } catch (java.net.http.HttpTimeoutException e) {
            return -1;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
