package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.web.WebAccounts;
import dev.baton.protocol.json.Json;
import dev.baton.testing.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack in web team mode ({@code [web] accounts = true}): ana's personal link starts a session as ana;
 * bob, holding his own link, cannot answer ana's prompt as ana (by a reply or a button press), and the shared token
 * opens nothing; ana's own answer goes through.
 */
class WebTeamModeIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path tmp;

    @Test
    void in_team_mode_the_name_comes_from_the_link_and_an_impersonated_approval_is_refused() throws Exception {
        try (Stack stack = new Stack(tmp)) {
            stack.webAccounts = true;
            WebAccounts accounts = new WebAccounts(tmp.resolve("hub"));
            String ana = accounts.add("ana");
            String bob = accounts.add("bob");
            stack.startHub().startDaemon();
            stack.awaitDaemonOnline();
            WebApi asAna = new WebApi(stack.hub.port(), ana);
            WebApi asBob = new WebApi(stack.hub.port(), bob);
            asAna.post("general", "ana", "/agent run --agent scripted --name team go", null);
            String thread = Eventually.value("the card", WAIT, () -> asAna.roots("general", "ana").stream()
                    .filter(m -> "bot".equals(m.get("kind")) && String.valueOf(m.get("text")).contains("Session team"))
                    .map(m -> (String) m.get("thread")).findFirst().orElse(null));
            Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("team").contains("\n>"));
            asAna.post("general", "ana", "ask Deploy on Friday?", thread);
            Map<String, Object> card = Eventually.value("the prompt card", WAIT, () -> asAna.thread("general", thread, "ana")
                    .stream().filter(m -> String.valueOf(m.get("text")).contains("Permission needed")).findFirst().orElse(null));
            String allow = ((List<?>) ((Map<?, ?>) card.get("post")).get("buttons")).stream()
                    .map(b -> (String) ((Map<?, ?>) b).get("value")).filter(v -> v.endsWith("|allow_once")).findFirst().orElseThrow();

            AssertionError asAnaByBob = assertThrows(AssertionError.class, () -> asBob.post("general", "ana", "yes", thread));
            assertTrue(asAnaByBob.getMessage().contains("HTTP 403") && asAnaByBob.getMessage().contains("cannot act as ana"),
                    asAnaByBob.getMessage());
            assertEquals(403, press(stack, bob, "ana", thread, (String) card.get("id"), allow), "a press as ana by bob");
            assertTrue(assertThrows(AssertionError.class, () -> stack.web.roots("general", "ana")).getMessage()
                    .contains("HTTP 401"), "the shared token opens nothing in team mode");
            accounts.revoke("bob");
            assertEquals(401, press(stack, bob, "bob", thread, (String) card.get("id"), allow), "a revoked link");
            assertTrue(!stack.daemon.cli().screen("team").contains("approved"), "nobody answered yet");

            asAna.post("general", "ana", "yes", thread);
            Eventually.await("ana's own answer", WAIT, () -> stack.daemon.cli().screen("team").contains("approved"));
        }
    }

    private static int press(Stack stack, String token, String user, String thread, String message, String value)
            throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + stack.hub.port() + "/api/actions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(
                        Json.object("user", user, "channel", "general", "thread", thread, "message", message,
                                "action", "prompt", "value", value)))).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }
}
