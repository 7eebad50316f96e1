package dev.baton.adapters.discord.testing;

import dev.baton.protocol.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Discord API objects as the real API sends them (field names and types from discord.com/developers/docs), built
 * for the fake. JDA parses strictly, and a malformed GUILD_CREATE shows up only as a long startup timeout, so every
 * shape lives here, in one place.
 */
public final class DiscordPayloads {
    public static final String TIMESTAMP = "2026-11-21T10:00:00.000000+00:00";

    private DiscordPayloads() {}

    public static Map<String, Object> user(String id, String name, boolean bot) {
        return Json.object("id", id, "username", name, "discriminator", "0", "global_name", name, "avatar", null,
                "bot", bot, "system", false, "public_flags", 0, "flags", 0, "verified", true, "mfa_enabled", false);
    }

    public static Map<String, Object> member(Map<String, Object> user, List<String> roles) {
        return Json.object("user", user, "nick", null, "avatar", null, "roles", roles, "joined_at", TIMESTAMP,
                "deaf", false, "mute", false, "flags", 0, "pending", false, "permissions", "0");
    }

    public static Map<String, Object> textChannel(String id, String guild, String name) {
        return Json.object("id", id, "type", 0, "guild_id", guild, "name", name, "position", 0,
                "permission_overwrites", List.of(), "nsfw", false, "rate_limit_per_user", 0, "topic", null,
                "last_message_id", null, "parent_id", null, "flags", 0);
    }

    public static Map<String, Object> thread(String id, String guild, String parent, String name, String owner) {
        return Json.object("id", id, "type", 11, "guild_id", guild, "parent_id", parent, "name", name,
                "owner_id", owner, "last_message_id", null, "rate_limit_per_user", 0, "message_count", 0,
                "member_count", 1, "total_message_sent", 0, "flags", 0,
                "thread_metadata", Json.object("archived", false, "auto_archive_duration", 1440,
                        "archive_timestamp", TIMESTAMP, "locked", false, "create_timestamp", TIMESTAMP));
    }

    public static Map<String, Object> role(String id, String name, long permissions, int position) {
        return Json.object("id", id, "name", name, "permissions", Long.toString(permissions), "position", position,
                "color", 0, "colors", Json.object("primary_color", 0), "hoist", false, "managed", false,
                "mentionable", false, "flags", 0, "icon", null, "unicode_emoji", null);
    }

    public static Map<String, Object> guild(String id, String name, String owner, List<Object> channels,
                                            List<Object> threads, List<Object> roles, List<Object> members) {
        return Json.object("id", id, "name", name, "icon", null, "splash", null, "banner", null, "description", null,
                "owner_id", owner, "afk_timeout", 300, "verification_level", 0, "default_message_notifications", 0,
                "explicit_content_filter", 0, "mfa_level", 0, "nsfw_level", 0, "premium_tier", 0,
                "premium_subscription_count", 0, "premium_progress_bar_enabled", false, "system_channel_flags", 0,
                "preferred_locale", "en-US", "features", List.of(), "max_members", 500000, "max_presences", null,
                "unavailable", false, "large", false, "member_count", members.size(), "joined_at", TIMESTAMP,
                "channels", channels, "threads", threads, "roles", roles, "members", members, "emojis", List.of(),
                "stickers", List.of(), "voice_states", List.of(), "presences", List.of(),
                "guild_scheduled_events", List.of(), "soundboard_sounds", List.of(), "stage_instances", List.of());
    }

    /** A message object: what {@code POST /channels/{id}/messages} answers and MESSAGE_CREATE carries. */
    public static Map<String, Object> message(String id, String channel, String guild, Map<String, Object> author,
                                              String content, List<Object> embeds, List<Object> components,
                                              List<Object> attachments) {
        Map<String, Object> m = Json.object("id", id, "channel_id", channel, "author", author, "content", content,
                "timestamp", TIMESTAMP, "edited_timestamp", null, "tts", false, "mention_everyone", false,
                "mentions", List.of(), "mention_roles", List.of(), "attachments", attachments, "embeds", embeds,
                "components", components, "pinned", false, "type", 0, "flags", 0);
        if (guild != null) {
            m.put("guild_id", guild);
        }
        return m;
    }

    public static Map<String, Object> attachment(String id, String name, int size) {
        return Json.object("id", id, "filename", name, "size", size, "url", "https://cdn.invalid/" + id + "/" + name,
                "proxy_url", "https://media.invalid/" + id + "/" + name, "content_type", "text/plain; charset=utf-8");
    }

    /** The common part of INTERACTION_CREATE in a guild channel (or thread). */
    public static Map<String, Object> interaction(String id, String app, int type, String token, String guild,
                                                  Map<String, Object> channel, Map<String, Object> member,
                                                  Map<String, Object> data) {
        return Json.object("id", id, "application_id", app, "type", type, "token", token, "version", 1,
                "guild_id", guild, "guild", Json.object("id", guild, "locale", "en-US", "features", List.of()),
                "channel_id", channel.get("id"), "channel", channel, "member", member, "data", data,
                "app_permissions", "309237763136", "locale", "en-US", "guild_locale", "en-US",
                "entitlements", List.of(), "authorizing_integration_owners", Json.object("0", guild), "context", 0,
                "attachment_size_limit", 10485760);
    }

    /** {@code options} of a subcommand: name → value (string, boolean, or a user id for USER options). */
    public static Map<String, Object> slashData(String commandId, String guild, String sub,
                                                Map<String, Object> options, Map<String, Object> resolved) {
        List<Object> opts = new ArrayList<>();
        options.forEach((k, v) -> opts.add(Json.object("name", k, "type", v instanceof Boolean ? 5
                : resolved.containsKey(v) ? 6 : 3, "value", v)));
        Map<String, Object> data = Json.object("id", commandId, "name", "agent", "type", 1, "guild_id", guild,
                "options", List.of(Json.object("name", sub, "type", 1, "options", opts)));
        if (!resolved.isEmpty()) {
            data.put("resolved", Json.object("users", resolved));
        }
        return data;
    }
}
