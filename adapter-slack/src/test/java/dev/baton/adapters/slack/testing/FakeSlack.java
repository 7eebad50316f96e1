package dev.baton.adapters.slack.testing;

import dev.baton.protocol.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local fake of Slack for tests, on port 0: the Web API under {@code /api/} (records every call; answers
 * {@code auth.test}, {@code chat.postMessage}, {@code chat.update}, {@code chat.postEphemeral}, {@code reactions.*}, {@code views.open} and {@code views.update} (the launch modal),
 * {@code users.info}, {@code apps.connections.open}), {@code response_url}s under {@code /response/}, and a Socket
 * Mode WebSocket at {@code /socket} that says hello, sends envelopes and records acks. It can answer 429 with
 * {@code Retry-After} to the next N {@code chat.*} calls.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String BOT_USER = "UBATONBOT";
    public static final String BOT_ID = "BBATON";
    public static final String TEAM = "T0TEAM";

    /**
     * One recorded call: the method (or {@code response_url}), its parameters (plus {@code _token}, and {@code _ts}
     * for a posted message's new ts), and whether it was answered 429.
     */
    public record Call(String method, Map<String, String> params, boolean throttled) {
        public String param(String name) {
            return params.getOrDefault(name, "");
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Map<String, Boolean> acks = new ConcurrentHashMap<>();
    private final List<WsContext> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttle = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000_000L);
    private volatile int retryAfter = 1;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Javalin server;

    private FakeSlack(int port) {
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/api/{method}", this::api);
            cfg.routes.post("/response/{id}", ctx -> {
                calls.add(new Call("response_url", Map.of("id", ctx.pathParam("id"), "body", ctx.body()), false));
                ctx.result("ok");
            });
            cfg.routes.ws("/socket", ws -> {
                ws.onConnect(ctx -> {
                    sockets.add(ctx);
                    opened.incrementAndGet();
                    ctx.send(Json.write(Json.object("type", "hello", "num_connections", 1,
                            "connection_info", Json.object("app_id", "A0APP"))));
                });
                ws.onMessage(ctx -> {
                    Map<String, Object> m = Json.parseObject(ctx.message());
                    if (m.get("envelope_id") instanceof String id) {
                        acks.put(id, true);
                    }
                });
                ws.onClose(sockets::remove);
            });
        }).start("127.0.0.1", port);
    }

    public static FakeSlack start() {
        return new FakeSlack(0);
    }

    /** On a given port: a Slack that was unreachable there until now. */
    public static FakeSlack startOn(int port) {
        return new FakeSlack(port);
    }

    /** {@code auth.test} and {@code apps.connections.open} with this token answer {@code invalid_auth}. */
    public FakeSlack refuse(String token) {
        refused.add(token);
        return this;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.port() + "/response/" + id;
    }

    /** A user {@code users.info} knows, with this display name. */
    public FakeSlack user(String id, String displayName) {
        users.put(id, displayName);
        return this;
    }

    /** The next {@code n} {@code chat.*} calls are answered 429 with {@code Retry-After: seconds}. */
    public void throttleNext(int n, int seconds) {
        retryAfter = seconds;
        throttle.set(n);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls of one method that Slack accepted (not answered 429). */
    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method) && !c.throttled()).toList();
    }

    public Optional<Call> last(String method) {
        List<Call> all = calls(method);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    public boolean socketConnected() {
        return !sockets.isEmpty();
    }

    /** How many Socket Mode connections were ever opened (a reconnect opens another). */
    public int socketsOpened() {
        return opened.get();
    }

    /** Closes every Socket Mode connection the way a dropped network would end it (code 1011). */
    public void dropSockets() {
        for (WsContext ws : List.copyOf(sockets)) {
            ws.closeSession(1011, "gone");
        }
    }

    /** Sends a Socket Mode envelope ({@code events_api}, {@code slash_commands}, {@code interactive}); its id. */
    public String envelope(String type, String payloadJson) {
        String id = UUID.randomUUID().toString();
        String frame = "{\"envelope_id\":\"" + id + "\",\"type\":\"" + type + "\",\"accepts_response_payload\":"
                + !type.equals("events_api") + ",\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":" + payloadJson + "}";
        WsContext ws = sockets.getFirst();
        ws.send(frame);
        return id;
    }

    public boolean acked(String envelopeId) {
        return acks.containsKey(envelopeId);
    }

    private void api(Context ctx) {
        String method = ctx.pathParam("method");
        Map<String, String> params = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.getFirst()));
        String auth = ctx.header("Authorization");
        params.put("_token", auth == null ? params.getOrDefault("token", "") : auth.replaceFirst("^Bearer ", ""));
        if (method.startsWith("chat.") && throttle.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            calls.add(new Call(method, params, true));
            ctx.status(429).header("Retry-After", Integer.toString(retryAfter))
                    .contentType("application/json").result(Json.write(Json.object("ok", false, "error", "ratelimited")));
            return;
        }
        Map<String, Object> answer = refused.contains(params.get("_token"))
                ? Json.object("ok", false, "error", "invalid_auth") : answer(method, params);
        if (method.equals("chat.postMessage")) {
            params.put("_ts", (String) answer.get("ts"));
        }
        calls.add(new Call(method, params, false));
        ctx.contentType("application/json").result(Json.write(answer));
    }

    private Map<String, Object> answer(String method, Map<String, String> p) {
        return switch (method) {
            case "auth.test" -> Json.object("ok", true, "url", "https://test.slack.com/", "team", "test", "user", "baton",
                    "team_id", TEAM, "user_id", BOT_USER, "bot_id", BOT_ID);
            case "chat.postMessage" -> {
                String ts = nextTs();
                yield Json.object("ok", true, "channel", p.get("channel"), "ts", ts,
                        "message", Json.object("type", "message", "text", p.getOrDefault("text", ""), "ts", ts,
                                "bot_id", BOT_ID));
            }
            case "chat.update" -> Json.object("ok", true, "channel", p.get("channel"), "ts", p.get("ts"),
                    "text", p.getOrDefault("text", ""));
            case "chat.postEphemeral" -> Json.object("ok", true, "message_ts", nextTs());
            case "reactions.add", "reactions.remove" -> Json.object("ok", true);
            case "views.open", "views.update" -> Json.object("ok", true, "view", Json.object("id",
                    p.getOrDefault("view_id", "V0LAUNCH"), "hash", "h" + nextTs()));
            case "users.info" -> users.containsKey(p.get("user"))
                    ? Json.object("ok", true, "user", Json.object("id", p.get("user"), "name", p.get("user").toLowerCase(),
                    "real_name", users.get(p.get("user")), "profile", Json.object("display_name", users.get(p.get("user")),
                            "real_name", users.get(p.get("user")))))
                    : Json.object("ok", false, "error", "user_not_found");
            case "apps.connections.open" -> Json.object("ok", true,
                    "url", "ws://127.0.0.1:" + server.port() + "/socket");
            default -> Json.object("ok", false, "error", "unknown_method");
        };
    }

    private String nextTs() {
        long micros = clock.addAndGet(100);
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    /** Waits for {@code n} accepted calls of {@code method}. */
    public List<Call> await(String method, int n, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (calls(method).size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + n + " " + method + " calls; got " + calls());
            }
            pause();
        }
        return calls(method);
    }

    static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
