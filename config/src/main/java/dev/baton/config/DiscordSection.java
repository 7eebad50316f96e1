package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code [discord]}, with the same clear errors as the rest of the file (docs/discord.md). */
final class DiscordSection {
    static final String EXAMPLE = """
            [discord]
            token = "env:DISCORD_TOKEN"
            guilds = ["1234567890123456789"]   # servers where /agent is registered
            channels = []                      # channel ids allowed; empty = every channel
            users = []                         # user ids allowed; empty = everyone""";
    private static final Set<String> KEYS = Set.of("token", "guilds", "channels", "users", "api_url", "gateway_url");

    private final Path file;

    DiscordSection(Path file) {
        this.file = file;
    }

    Optional<DiscordSettings> discord(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "discord", "must be a table ([discord])", EXAMPLE);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new ConfigException(file, "discord." + k, "unknown key; known keys here are "
                        + KEYS.stream().sorted().toList(), EXAMPLE);
            }
        }
        String token = text(node, "token").filter(s -> !s.isBlank()).orElseThrow(() -> new ConfigException(file,
                "discord.token", "is missing: the bot token (Developer Portal → Bot → Reset Token) by reference",
                EXAMPLE));
        if (!token.startsWith("env:") && !token.startsWith("file:")) {
            throw new ConfigException(file, "discord.token", "must be a reference (env:NAME or file:/path), never the"
                    + " token itself", EXAMPLE);
        }
        List<String> guilds = ids(node, "guilds");
        if (guilds.isEmpty()) {
            throw new ConfigException(file, "discord.guilds", "needs at least one server (guild) id: /agent is"
                    + " registered per guild", EXAMPLE);
        }
        String api = text(node, "api_url").orElse(DiscordSettings.DEFAULT_API_URL);
        if (!api.matches("https?://\\S+/")) {
            throw new ConfigException(file, "discord.api_url", "must be an http(s) URL ending in '/', got '" + api
                    + "'", "[discord]\napi_url = \"" + DiscordSettings.DEFAULT_API_URL + "\"");
        }
        String gateway = text(node, "gateway_url").orElse(DiscordSettings.DEFAULT_GATEWAY_URL);
        if (!gateway.isEmpty() && !gateway.matches("wss?://\\S+")) {
            throw new ConfigException(file, "discord.gateway_url", "must be a ws(s):// URL, got '" + gateway + "'",
                    "[discord]\ngateway_url = \"ws://127.0.0.1:9999\"   # tests only; leave unset for Discord");
        }
        return Optional.of(new DiscordSettings(new SecretRef(token), guilds, ids(node, "channels"),
                ids(node, "users"), api, gateway));
    }

    private List<String> ids(JsonNode node, String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw new ConfigException(file, "discord." + field, "must be a list of ids", EXAMPLE);
        }
        for (JsonNode item : v) {
            String s = item.isIntegralNumber() ? item.asText() : item.isTextual() ? item.asText() : "";
            if (!s.matches("[0-9]{15,21}")) {
                throw new ConfigException(file, "discord." + field, "'" + item.asText() + "' is not a Discord id (a"
                        + " 17-20 digit snowflake; turn on Developer Mode, then right-click → Copy ID)", EXAMPLE);
            }
            out.add(s);
        }
        return out;
    }

    private Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v != null && !v.isTextual()) {
            throw new ConfigException(file, "discord." + field, "must be a string", EXAMPLE);
        }
        return Optional.ofNullable(v).map(JsonNode::asText);
    }
}
