package dev.baton.e2e;

import dev.baton.protocol.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The web chat's JSON API, as the page (or a script) uses it. */
final class WebApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    WebApi(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    /** Posts a message; returns {@code {id, thread}}. */
    Map<String, Object> post(String channel, String user, String text, String thread) {
        Map<String, Object> body = Json.object("user", user, "text", text, "thread", thread);
        return Json.parseObject(send(HttpRequest.newBuilder(URI.create(base + "/api/channels/" + channel + "/messages"))
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))), 201));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> thread(String channel, String thread, String user) {
        return (List<Map<String, Object>>) Json.parse(send(HttpRequest.newBuilder(URI.create(base + "/api/channels/"
                + channel + "/threads/" + thread + "/messages?user=" + URLEncoder.encode(user, StandardCharsets.UTF_8))).GET(), 200));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> roots(String channel, String user) {
        return (List<Map<String, Object>>) Json.parse(send(HttpRequest.newBuilder(URI.create(base + "/api/channels/"
                + channel + "/messages?user=" + URLEncoder.encode(user, StandardCharsets.UTF_8))).GET(), 200));
    }

    void press(String user, String channel, String thread, String message, String action, String value) {
        send(HttpRequest.newBuilder(URI.create(base + "/api/actions")).POST(HttpRequest.BodyPublishers.ofString(Json.write(
                Json.object("user", user, "channel", channel, "thread", thread, "message", message, "action", action,
                        "value", value)))), -1);
    }

    /** The "New session" dialog's form for {@code user} with {@code chosen} values (query parameters). */
    Map<String, Object> launchForm(String channel, String user, Map<String, String> chosen) {
        StringBuilder q = new StringBuilder("?user=" + URLEncoder.encode(user, StandardCharsets.UTF_8));
        chosen.forEach((k, v) -> q.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return Json.parseObject(send(HttpRequest.newBuilder(URI.create(base + "/api/channels/" + channel + "/launch" + q))
                .GET(), 200));
    }

    /** Submits the dialog; {@code expected} is 201 (started) or 422 (inline errors). */
    Map<String, Object> launch(String channel, Map<String, Object> values, int expected) {
        return Json.parseObject(send(HttpRequest.newBuilder(URI.create(base + "/api/channels/" + channel + "/launch"))
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(values))), expected));
    }

    /** The newest bot root message whose text contains {@code needle}. */
    Optional<Map<String, Object>> botRoot(String channel, String needle) {
        return roots(channel, "observer").stream()
                .filter(m -> "bot".equals(m.get("kind")) && String.valueOf(m.get("text")).contains(needle))
                .reduce((a, b) -> b);
    }

    private String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> r = http.send(request.header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (expected > 0 && r.statusCode() != expected) {
                throw new AssertionError("HTTP " + r.statusCode() + " (expected " + expected + "): " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
