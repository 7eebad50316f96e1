package dev.baton.adapters.discord.testing;

import dev.baton.protocol.json.Json;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake Discord gateway (v10, JSON, no compression): HELLO on connect; IDENTIFY answered with READY then one
 * GUILD_CREATE (the guild, #general and #other, a role carrying exactly the permissions docs/discord.md asks for,
 * the bot's own member); heartbeats ACKed. IDENTIFY asking for the Message Content intent is closed with 4014
 * when the fake was started without it, as Discord does. Tests dispatch INTERACTION_CREATE and MESSAGE_CREATE.
 */
public final class FakeGateway {
    /** The invite permissions from docs/discord.md; the bot's role carries exactly these. */
    public static final long BOT_PERMISSIONS = 309_237_763_136L;
    public static final int MESSAGE_CONTENT = 1 << 15;

    private final FakeDiscord discord;
    private final boolean grantMessageContent;
    private final List<WsContext> sessions = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> identifies = new CopyOnWriteArrayList<>();
    private final AtomicLong seq = new AtomicLong();
    private volatile boolean ready;

    FakeGateway(FakeDiscord discord, boolean grantMessageContent) {
        this.discord = discord;
        this.grantMessageContent = grantMessageContent;
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.enableAutomaticPings();
            sessions.add(ctx);
            ctx.send(Json.write(Json.object("op", 10, "d", Json.object("heartbeat_interval", 41_250), "s", null,
                    "t", null)));
        });
        ws.onMessage(ctx -> onMessage(ctx, Json.parseObject(ctx.message())));
        ws.onClose(sessions::remove);
    }

    private void onMessage(WsContext ctx, Map<String, Object> frame) {
        long op = ((Number) frame.get("op")).longValue();
        if (op == 1) {
            ctx.send(Json.write(Json.object("op", 11)));
        } else if (op == 6) {
            // RESUME after a drop: this fake keeps no session history, so it asks for a fresh IDENTIFY
            ctx.send(Json.write(Json.object("op", 9, "d", false)));
        } else if (op == 2) {
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) frame.get("d");
            identifies.add(d);
            long intents = ((Number) d.get("intents")).longValue();
            if (!grantMessageContent && (intents & MESSAGE_CONTENT) != 0) {
                ctx.closeSession(4014, "Disallowed intent(s).");
                return;
            }
            send(ctx, "READY", Json.object("v", 10, "user", DiscordPayloads.user(FakeDiscord.BOT, "baton", true),
                    "guilds", List.of(Json.object("id", FakeDiscord.GUILD, "unavailable", true)),
                    "session_id", "fake-session", "resume_gateway_url", discord.gatewayUrl(),
                    "private_channels", List.of(), "relationships", List.of(), "presences", List.of(),
                    "guild_join_requests", List.of(), "geo_ordered_rtc_regions", List.of(),
                    "application", Json.object("id", FakeDiscord.APP, "flags", 1 << 19), "shard", List.of(0, 1)));
            send(ctx, "GUILD_CREATE", DiscordPayloads.guild(FakeDiscord.GUILD, "Baton test", FakeDiscord.ANA,
                    List.of(DiscordPayloads.textChannel(FakeDiscord.CHANNEL, FakeDiscord.GUILD, "general"),
                            DiscordPayloads.textChannel(FakeDiscord.OTHER_CHANNEL, FakeDiscord.GUILD, "other")),
                    List.of(),
                    List.of(DiscordPayloads.role(FakeDiscord.GUILD, "@everyone", 0, 0),
                            DiscordPayloads.role(FakeDiscord.BOT_ROLE, "Baton", BOT_PERMISSIONS, 1)),
                    List.of(DiscordPayloads.member(DiscordPayloads.user(FakeDiscord.BOT, "baton", true),
                            List.of(FakeDiscord.BOT_ROLE)))));
            ready = true;
        }
    }

    private void send(WsContext ctx, String type, Map<String, Object> data) {
        ctx.send(Json.write(Json.object("op", 0, "s", seq.incrementAndGet(), "t", type, "d", data)));
    }

    /** Sends a dispatch to every connected client. */
    public void dispatch(String type, Map<String, Object> data) {
        for (WsContext s : sessions) {
            send(s, type, data);
        }
    }

    public boolean ready() {
        return ready;
    }

    /** Closes every gateway connection as a dropped network would end it (4000, which JDA reconnects after). */
    public void drop() {
        for (WsContext ctx : List.copyOf(sessions)) {
            ctx.closeSession(4000, "Unknown error.");
        }
    }

    public List<Map<String, Object>> identifies() {
        return List.copyOf(identifies);
    }

    /** {@code /agent SUB} with options by {@code user} in a channel or thread; returns the interaction id. */
    public String slash(String user, String channel, String sub, Map<String, Object> options) {
        String id = discord.nextId();
        Map<String, Object> resolved = new LinkedHashMap<>();
        options.values().stream().filter(v -> v instanceof String s && s.startsWith("user:"))
                .forEach(v -> resolved.put((String) v, null));
        Map<String, Object> opts = new LinkedHashMap<>();
        Map<String, Object> users = new LinkedHashMap<>();
        options.forEach((k, v) -> {
            if (v instanceof String s && s.startsWith("user:")) {
                String uid = s.substring(5);
                opts.put(k, uid);
                users.put(uid, DiscordPayloads.user(uid, discord.userName(uid), false));
            } else {
                opts.put(k, v);
            }
        });
        dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(id, FakeDiscord.APP, 2, "tok-" + id,
                FakeDiscord.GUILD, discord.channelJson(channel), member(user),
                DiscordPayloads.slashData("1300000000000000040", FakeDiscord.GUILD, sub, opts, users)));
        return id;
    }

    /**
     * {@code user} submits modal {@code modalId} (INTERACTION_CREATE type 5) in {@code channel}: each value in a
     * Components v2 {@code Label} (type 18), as a string select (type 3) for keys in {@code selects}, else a text input.
     */
    public String modalSubmit(String user, String channel, String modalId, Map<String, String> values,
                              java.util.Set<String> selects) {
        String id = discord.nextId();
        List<Object> components = new java.util.ArrayList<>();
        values.forEach((k, v) -> {
            int n = 2 * components.size() + 1;
            components.add(Json.object("type", 18, "id", n, "component", selects.contains(k)
                    ? Json.object("type", 3, "id", n + 1, "custom_id", k, "values", List.of(v))
                    : Json.object("type", 4, "id", n + 1, "custom_id", k, "value", v)));
        });
        dispatch("INTERACTION_CREATE", DiscordPayloads.interaction(id, FakeDiscord.APP, 5, "tok-" + id,
                FakeDiscord.GUILD, discord.channelJson(channel), member(user),
                Json.object("custom_id", modalId, "components", components)));
        return id;
    }

    /** A press on button {@code customId} of message {@code messageId} (one the bot posted). */
    public String press(String user, String messageId, String customId) {
        String id = discord.nextId();
        Map<String, Object> message = discord.message(messageId).orElseThrow(
                () -> new IllegalArgumentException("no message " + messageId));
        String channel = (String) message.get("channel_id");
        Map<String, Object> payload = DiscordPayloads.interaction(id, FakeDiscord.APP, 3, "tok-" + id,
                FakeDiscord.GUILD, discord.channelJson(channel), member(user),
                Json.object("custom_id", customId, "component_type", 2));
        payload.put("message", message);
        dispatch("INTERACTION_CREATE", payload);
        return id;
    }

    /** A message by {@code user} in a channel or thread; returns its id. */
    public String say(String user, String channel, String text) {
        String id = discord.nextId();
        Map<String, Object> m = DiscordPayloads.message(id, channel, FakeDiscord.GUILD,
                DiscordPayloads.user(user, discord.userName(user), false), text, List.of(), List.of(), List.of());
        Map<String, Object> member = member(user);
        member.remove("user");
        m.put("member", member);
        dispatch("MESSAGE_CREATE", m);
        return id;
    }

    /** {@code user} edits their message {@code id} in a channel or thread (MESSAGE_UPDATE with the whole message). */
    public void edit(String user, String channel, String id, String text) {
        Map<String, Object> m = DiscordPayloads.message(id, channel, FakeDiscord.GUILD,
                DiscordPayloads.user(user, discord.userName(user), false), text, List.of(), List.of(), List.of());
        m.put("edited_timestamp", DiscordPayloads.TIMESTAMP);
        Map<String, Object> member = member(user);
        member.remove("user");
        m.put("member", member);
        dispatch("MESSAGE_UPDATE", m);
    }

    private Map<String, Object> member(String user) {
        boolean bot = user.equals(FakeDiscord.BOT);
        return DiscordPayloads.member(DiscordPayloads.user(user, bot ? "baton" : discord.userName(user), bot),
                bot ? List.of(FakeDiscord.BOT_ROLE) : List.of());
    }

    void close() {
        for (WsContext s : sessions) {
            try {
                s.closeSession(1001, "fake stopping");
            } catch (RuntimeException e) {
                // already closed
            }
        }
    }
}
