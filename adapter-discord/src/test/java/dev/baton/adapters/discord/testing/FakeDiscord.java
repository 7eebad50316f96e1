package dev.baton.adapters.discord.testing;

import dev.baton.protocol.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local fake of Discord for tests, on port 0: the REST API under {@code /api/v10/} (what JDA calls: the bot user,
 * command registration, messages and edits, threads from messages, reactions, interaction callbacks, follow-ups and
 * {@code @original} edits; multipart uploads too) and a gateway WebSocket at {@code /gateway} (see
 * {@link FakeGateway}). It records every REST call, keeps the messages it created, and can answer 429 to the next N
 * message posts the way Discord does (headers and body), so JDA's own rate-limit handling runs.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String APP = "1300000000000000001";
    public static final String BOT = APP;
    public static final String GUILD = "1300000000000000010";
    public static final String CHANNEL = "1300000000000000020";
    public static final String OTHER_CHANNEL = "1300000000000000021";
    public static final String ANA = "1300000000000000100";
    public static final String BOB = "1300000000000000101";
    public static final String BOT_ROLE = "1300000000000000030";

    /** One REST call: method, path after {@code /api/v10}, the JSON body (or multipart payload_json), files by name. */
    public record Call(String method, String path, Map<String, Object> body, Map<String, String> files,
                       boolean throttled) {
        public String content() {
            return body.get("content") instanceof String s ? s : "";
        }
    }

    private static final Pattern MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
    private static final Pattern MESSAGE = Pattern.compile("/channels/(\\d+)/messages/(\\d+)");
    private static final Pattern THREAD = Pattern.compile("/channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern COMMANDS = Pattern.compile("/applications/(\\d+)/guilds/(\\d+)/commands");
    private static final Pattern WEBHOOK = Pattern.compile("/webhooks/(\\d+)/([^/]+)(/messages/([^/]+))?");

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> messages = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> threads = new ConcurrentHashMap<>();
    private final Map<String, String> userNames = new ConcurrentHashMap<>();
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger throttle = new AtomicInteger();
    private final FakeGateway gateway;
    private final Javalin server;

    private volatile boolean refuseToken;

    private FakeDiscord(boolean grantMessageContent, int port) {
        userNames.put(ANA, "ana");
        userNames.put(BOB, "bob");
        gateway = new FakeGateway(this, grantMessageContent);
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/api/v10/<path>", this::rest);
            cfg.routes.post("/api/v10/<path>", this::rest);
            cfg.routes.put("/api/v10/<path>", this::rest);
            cfg.routes.patch("/api/v10/<path>", this::rest);
            cfg.routes.delete("/api/v10/<path>", this::rest);
            cfg.routes.ws("/gateway", gateway::configure);
        }).start("127.0.0.1", port);
    }

    public static FakeDiscord start() {
        return new FakeDiscord(true, 0);
    }

    /** On a given port: a Discord that was unreachable there until now. */
    public static FakeDiscord startOn(int port) {
        return new FakeDiscord(true, port);
    }

    /** A bot whose application lacks the Message Content intent: IDENTIFY asking for it is closed with 4014. */
    public static FakeDiscord withoutMessageContentIntent() {
        return new FakeDiscord(false, 0);
    }

    /** Every REST call is answered 401 Unauthorized, as Discord answers a bad bot token. */
    public FakeDiscord refusingTheToken() {
        refuseToken = true;
        return this;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + server.port() + "/gateway";
    }

    public FakeGateway gateway() {
        return gateway;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls whose method matches and whose path matches {@code pathRegex} entirely. */
    public List<Call> calls(String method, String pathRegex) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().matches(pathRegex)).toList();
    }

    /** Messages the bot posted in a channel or thread, in order (answered, not throttled, posts only). */
    public List<Call> posts(String channelId) {
        return calls("POST", "/channels/" + channelId + "/messages").stream().filter(c -> !c.throttled()).toList();
    }

    /** Answers 429 (with Retry-After) to the next {@code n} message posts. */
    public void throttleNextPosts(int n) {
        throttle.set(n);
    }

    public Optional<Map<String, Object>> message(String id) {
        return Optional.ofNullable(messages.get(id));
    }

    /** The current state of every message the bot has in {@code channelId} (after edits). */
    public List<Map<String, Object>> messagesIn(String channelId) {
        return messages.values().stream().filter(m -> channelId.equals(m.get("channel_id"))).toList();
    }

    public Optional<Map<String, Object>> thread(String id) {
        return Optional.ofNullable(threads.get(id));
    }

    /** A snowflake for now: JDA reads the time from ids (an interaction older than 15 minutes has expired). */
    String nextId() {
        long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toString(ids.updateAndGet(prev -> Math.max(prev + 1, now)));
    }

    String userName(String id) {
        return userNames.getOrDefault(id, "user" + id.substring(id.length() - 4));
    }

    public void addUser(String id, String name) {
        userNames.put(id, name);
    }

    Map<String, Object> channelJson(String id) {
        Map<String, Object> t = threads.get(id);
        return t != null ? t : DiscordPayloads.textChannel(id, GUILD, id.equals(CHANNEL) ? "general" : "other");
    }

    private void rest(Context ctx) throws IOException {
        String method = ctx.method().name();
        String path = "/" + ctx.pathParam("path");
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/")) {
            String payload = ctx.formParam("payload_json");
            if (payload != null) {
                body.putAll(Json.parseObject(payload));
            }
            for (UploadedFile f : ctx.uploadedFiles()) {
                try (InputStream in = f.content()) {
                    files.put(f.filename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } else if (!ctx.body().isBlank() && ctx.body().strip().startsWith("{")) {
            body.putAll(Json.parseObject(ctx.body()));
        } else if (!ctx.body().isBlank()) {
            body.put("_array", Json.parse(ctx.body()));
        }
        Matcher m;
        if (method.equals("POST") && (m = MESSAGES.matcher(path)).matches() && throttle.getAndUpdate(
                n -> Math.max(0, n - 1)) > 0) {
            calls.add(new Call(method, path, body, files, true));
            ctx.status(429).header("Retry-After", "1").header("X-RateLimit-Limit", "5")
                    .header("X-RateLimit-Remaining", "0").header("X-RateLimit-Reset-After", "0.05")
                    .header("X-RateLimit-Bucket", "fake-" + m.group(1)).header("X-RateLimit-Scope", "user")
                    .contentType("application/json")
                    .result(Json.write(Json.object("message", "You are being rate limited.", "retry_after", 0.05,
                            "global", false)));
            return;
        }
        calls.add(new Call(method, path, body, files, false));
        if (refuseToken) {
            ctx.status(401).contentType("application/json").result(Json.write(Json.object("message", "401: Unauthorized",
                    "code", 0)));
            return;
        }
        ctx.header("X-RateLimit-Limit", "5").header("X-RateLimit-Remaining", "4")
                .header("X-RateLimit-Reset-After", "1").header("X-RateLimit-Bucket", "fake-" + path.hashCode());
        Object answer = answer(method, path, body, files);
        if (answer == null) {
            ctx.status(204);
        } else {
            ctx.contentType("application/json").result(Json.write(answer));
        }
    }

    private Object answer(String method, String path, Map<String, Object> body, Map<String, String> files) {
        Matcher m;
        if (method.equals("GET") && path.equals("/users/@me")) {
            return DiscordPayloads.user(BOT, "baton", true);
        }
        if (method.equals("GET") && path.equals("/gateway/bot")) {
            return Json.object("url", gatewayUrl(), "shards", 1, "session_start_limit",
                    Json.object("total", 1000, "remaining", 999, "reset_after", 0, "max_concurrency", 1));
        }
        if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
            List<Object> out = new ArrayList<>();
            if (body.get("_array") instanceof List<?> list) {
                for (Object c : list) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> cmd = new LinkedHashMap<>((Map<String, Object>) c);
                    cmd.put("id", nextId());
                    cmd.put("application_id", APP);
                    cmd.put("guild_id", m.group(2));
                    cmd.put("version", nextId());
                    cmd.putIfAbsent("type", 1);
                    cmd.putIfAbsent("description", "");
                    cmd.putIfAbsent("nsfw", false);
                    out.add(cmd);
                }
            }
            return out;
        }
        if (method.equals("POST") && (m = THREAD.matcher(path)).matches()) {
            String id = m.group(2);
            Map<String, Object> t = DiscordPayloads.thread(id, GUILD, m.group(1), String.valueOf(body.get("name")),
                    BOT);
            threads.put(id, t);
            return t;
        }
        if (method.equals("POST") && (m = MESSAGES.matcher(path)).matches()) {
            return store(nextId(), m.group(1), body, files);
        }
        if (method.equals("PATCH") && (m = MESSAGE.matcher(path)).matches()) {
            return store(m.group(2), m.group(1), body, files);
        }
        if ((m = WEBHOOK.matcher(path)).matches()) {
            String target = m.group(4);
            if (method.equals("DELETE")) {
                return null;
            }
            return store(target == null || target.equals("@original") ? nextId() : target, CHANNEL, body, files);
        }
        // interaction callbacks, reactions and anything else: 204 No Content
        return null;
    }

    private Map<String, Object> store(String id, String channel, Map<String, Object> body, Map<String, String> files) {
        List<Object> attachments = new ArrayList<>();
        files.forEach((name, content) -> attachments.add(DiscordPayloads.attachment(nextId(), name, content.length())));
        Map<String, Object> prior = messages.get(id);
        Map<String, Object> msg = DiscordPayloads.message(id, prior != null ? (String) prior.get("channel_id")
                        : channel, GUILD, DiscordPayloads.user(BOT, "baton", true),
                body.get("content") instanceof String s ? s : "", rich(list(body.get("embeds"))),
                list(body.get("components")), attachments);
        messages.put(id, msg);
        return msg;
    }

    /** Discord answers every embed a bot sends with {@code "type": "rich"}. */
    @SuppressWarnings("unchecked")
    private static List<Object> rich(List<Object> embeds) {
        List<Object> out = new ArrayList<>();
        for (Object e : embeds) {
            Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) e);
            m.putIfAbsent("type", "rich");
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @Override
    public void close() {
        gateway.close();
        server.stop();
    }
}
