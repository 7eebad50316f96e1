package dev.baton.adapters.slack.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to {@code /slack/events} the way Slack does: signed with the signing secret (v0, HMAC-SHA256). */
public final class SignedRequests {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String secret;

    public SignedRequests(int port, String secret) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.secret = secret;
    }

    public HttpResponse<String> slashCommand(Map<String, String> fields) {
        return send(SlackPayloads.form(fields), "application/x-www-form-urlencoded", Map.of());
    }

    public HttpResponse<String> event(String body) {
        return send(body, "application/json", Map.of());
    }

    public HttpResponse<String> retriedEvent(String body, int retryNum) {
        return send(body, "application/json", Map.of("X-Slack-Retry-Num", Integer.toString(retryNum),
                "X-Slack-Retry-Reason", "http_timeout"));
    }

    public HttpResponse<String> blockAction(String payloadJson) {
        return send(SlackPayloads.form(Map.of("payload", payloadJson)), "application/x-www-form-urlencoded", Map.of());
    }

    public HttpResponse<String> send(String body, String contentType, Map<String, String> extra) {
        long ts = System.currentTimeMillis() / 1000;
        return raw(body, contentType, Long.toString(ts), sign(secret, ts, body), extra);
    }

    /** Sends with exactly these headers; a null timestamp or signature leaves that header out. */
    public HttpResponse<String> raw(String body, String contentType, String timestamp, String signature,
                                    Map<String, String> extra) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            b.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            b.header("X-Slack-Signature", signature);
        }
        extra.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("cannot reach " + endpoint, e);
        }
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(h);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
