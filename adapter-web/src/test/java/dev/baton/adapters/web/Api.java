package dev.baton.adapters.web;

import dev.baton.protocol.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The web chat's JSON API over real HTTP, as a test (or any client) calls it. */
final class Api {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    record Reply(int status, String body) {
        Map<String, Object> json() {
            return Json.parseObject(body);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) Json.parse(body);
        }

        String error() {
            return (String) json().get("error");
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, Object body) {
        String text = body instanceof String s ? s : Json.write(body);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** Posts a message and returns {@code {"id","thread"}}, failing the test unless it was created. */
    Map<String, Object> say(String channel, String user, String text, String thread) {
        Map<String, Object> body = thread == null ? Json.object("user", user, "text", text)
                : Json.object("user", user, "text", text, "thread", thread);
        Reply reply = post("/api/channels/" + channel + "/messages", body);
        if (reply.status() != 201) {
            throw new AssertionError("posting failed: " + reply);
        }
        return reply.json();
    }

    List<Map<String, Object>> thread(String channel, String thread, String viewer) {
        return get("/api/channels/" + channel + "/threads/" + thread + "/messages?user=" + viewer).list();
    }

    Api withToken(String other) {
        return new Api(base, other);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
