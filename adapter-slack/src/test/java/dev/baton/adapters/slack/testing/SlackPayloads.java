package dev.baton.adapters.slack.testing;

import dev.baton.protocol.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What Slack sends, as tests need it: slash command forms, event callbacks, block actions (HTTP and Socket Mode). */
public final class SlackPayloads {
    private SlackPayloads() {}

    public static Map<String, String> slashCommand(String user, String channel, String text, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", FakeSlack.TEAM);
        f.put("team_domain", "test");
        f.put("channel_id", channel);
        f.put("channel_name", "general");
        f.put("user_id", user);
        f.put("user_name", user.toLowerCase());
        f.put("command", "/agent");
        f.put("text", text);
        f.put("api_app_id", "A0APP");
        f.put("response_url", responseUrl);
        f.put("trigger_id", "1.2.3");
        return f;
    }

    public static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    /** A {@code message} event (top level when {@code threadTs} is null). */
    public static Map<String, Object> message(String channel, String user, String text, String ts, String threadTs) {
        Map<String, Object> e = Json.object("type", "message", "channel", channel, "user", user, "text", text, "ts", ts,
                "event_ts", ts, "channel_type", "channel");
        if (threadTs != null) {
            e.put("thread_ts", threadTs);
        }
        return e;
    }

    public static Map<String, Object> botMessage(String channel, String text, String ts, String threadTs) {
        Map<String, Object> e = message(channel, FakeSlack.BOT_USER, text, ts, threadTs);
        e.put("bot_id", FakeSlack.BOT_ID);
        return e;
    }

    public static Map<String, Object> edited(String channel, String user, String ts, String threadTs, String before,
                                             String after) {
        return Json.object("type", "message", "subtype", "message_changed", "channel", channel, "hidden", true,
                "ts", ts + "1", "event_ts", ts + "1",
                "message", Json.object("type", "message", "user", user, "text", after, "ts", ts, "thread_ts", threadTs),
                "previous_message", Json.object("type", "message", "user", user, "text", before, "ts", ts,
                        "thread_ts", threadTs));
    }

    /** The bot's own edit (our chat.update of a card comes back like this). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> botEdited(String channel, String ts, String threadTs) {
        Map<String, Object> e = edited(channel, FakeSlack.BOT_USER, ts, threadTs, "a", "b");
        ((Map<String, Object>) e.get("message")).put("bot_id", FakeSlack.BOT_ID);
        return e;
    }

    public static Map<String, Object> deleted(String channel, String user, String ts, String threadTs) {
        return Json.object("type", "message", "subtype", "message_deleted", "channel", channel, "hidden", true,
                "deleted_ts", ts, "ts", ts + "2", "event_ts", ts + "2",
                "previous_message", Json.object("type", "message", "user", user, "text", "gone", "ts", ts,
                        "thread_ts", threadTs));
    }

    /** The outer event callback around {@code event}. */
    public static String eventCallback(String eventId, Map<String, Object> event) {
        return Json.write(Json.object("token", "legacy", "team_id", FakeSlack.TEAM, "api_app_id", "A0APP",
                "event", event, "type", "event_callback", "event_id", eventId, "event_time", 1_700_000_000,
                "authorizations", java.util.List.of(Json.object("team_id", FakeSlack.TEAM, "user_id",
                        FakeSlack.BOT_USER, "is_bot", true))));
    }

    /** A {@code member_left_channel} event. */
    public static Map<String, Object> memberLeft(String channel, String user) {
        return Json.object("type", "member_left_channel", "user", user, "channel", channel, "channel_type", "C",
                "team", FakeSlack.TEAM, "event_ts", "1700000000.000100");
    }

    /** A {@code block_actions} payload for a button on message {@code ts}. */
    public static String blockAction(String user, String channel, String ts, String actionId, String value) {
        return Json.write(Json.object("type", "block_actions", "team", Json.object("id", FakeSlack.TEAM, "domain", "test"),
                "user", Json.object("id", user, "username", user.toLowerCase(), "name", user.toLowerCase(),
                        "team_id", FakeSlack.TEAM),
                "api_app_id", "A0APP", "token", "legacy", "trigger_id", "1.2.3",
                "container", Json.object("type", "message", "message_ts", ts, "channel_id", channel, "is_ephemeral", false),
                "channel", Json.object("id", channel, "name", "general"),
                "message", Json.object("type", "message", "ts", ts, "bot_id", FakeSlack.BOT_ID, "text", "card"),
                "response_url", "http://127.0.0.1:9/unused",
                "actions", java.util.List.of(Json.object("action_id", actionId, "block_id", "b1", "type", "button",
                        "value", value, "action_ts", "1700000000.1", "text",
                        Json.object("type", "plain_text", "text", "Screen")))));
    }

    /** A modal's {@code state.values} for the launch modal: each key a block, selects for {@code selects}. */
    private static Map<String, Object> state(Map<String, String> values, java.util.Set<String> selects) {
        Map<String, Object> blocks = new LinkedHashMap<>();
        values.forEach((k, v) -> blocks.put(k, Json.object("baton_launch." + k, selects.contains(k)
                ? Json.object("type", "static_select", "selected_option", Json.object("value", v,
                        "text", Json.object("type", "plain_text", "text", v)))
                : Json.object("type", "plain_text_input", "value", v))));
        return Json.object("values", blocks);
    }

    private static Map<String, Object> view(String channel, Map<String, String> values) {
        return Json.object("id", "V0LAUNCH", "hash", "h1", "type", "modal", "callback_id", "baton_launch",
                "private_metadata", channel, "team_id", FakeSlack.TEAM, "blocks", java.util.List.of(),
                "state", state(values, java.util.Set.of("daemon", "agent", "repo", "branch", "visibility")));
    }

    /** A {@code view_submission} of the launch modal opened in {@code channel}. */
    public static String viewSubmission(String user, String channel, Map<String, String> values) {
        return Json.write(Json.object("type", "view_submission", "team", Json.object("id", FakeSlack.TEAM, "domain", "test"),
                "user", Json.object("id", user, "username", user.toLowerCase(), "name", user.toLowerCase(),
                        "team_id", FakeSlack.TEAM),
                "api_app_id", "A0APP", "token", "legacy", "trigger_id", "1.2.4", "view", view(channel, values)));
    }

    /** A {@code block_actions} from inside the launch modal: {@code key}'s select changed to {@code values.get(key)}. */
    public static String modalAction(String user, String channel, String key, Map<String, String> values) {
        return Json.write(Json.object("type", "block_actions", "team", Json.object("id", FakeSlack.TEAM, "domain", "test"),
                "user", Json.object("id", user, "username", user.toLowerCase(), "name", user.toLowerCase(),
                        "team_id", FakeSlack.TEAM),
                "api_app_id", "A0APP", "token", "legacy", "trigger_id", "1.2.5",
                "container", Json.object("type", "view", "view_id", "V0LAUNCH"), "view", view(channel, values),
                "actions", java.util.List.of(Json.object("action_id", "baton_launch." + key, "block_id", key,
                        "type", "static_select", "selected_option", Json.object("value", values.get(key),
                                "text", Json.object("type", "plain_text", "text", values.get(key))),
                        "action_ts", "1700000000.2"))));
    }
}
