package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code [channels."<platform>:<id>"]}, the per-channel launch defaults. */
final class ChannelSection {
    static final String EXAMPLE = """
            [channels."slack:C024BE91L"]     # platform:channel id (web:general for the web chat's #general)
            repo = "billing"                 # a repo path or folder name the daemon serves
            agent = "claude"
            daemon = "build-box"
            branch = "main"
            # how much of the agent's side its threads show: quiet, normal (default) or verbose
            detail = "quiet\"""";
    private static final Set<String> KEYS = Set.of("repo", "agent", "daemon", "branch", "detail");
    private static final Set<String> PLATFORMS = Set.of("web", "slack", "discord");

    private final Path file;
    private final TomlValues values;

    ChannelSection(Path file) {
        this.file = file;
        this.values = new TomlValues(file);
    }

    Map<String, ChannelSettings> channels(JsonNode node) {
        Map<String, ChannelSettings> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "channels", "must be a table of channels", EXAMPLE);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String channel = e.getKey();
            String key = "channels.\"" + channel + "\"";
            int colon = channel.indexOf(':');
            if (colon <= 0 || colon == channel.length() - 1 || !PLATFORMS.contains(channel.substring(0, colon))) {
                throw new ConfigException(file, key, "must be named \"<platform>:<channel id>\" with platform web, slack"
                        + " or discord (quote it: [channels.\"slack:C024BE91L\"])", EXAMPLE);
            }
            JsonNode v = e.getValue();
            if (!v.isObject()) {
                throw new ConfigException(file, key, "must be a table", EXAMPLE);
            }
            values.unknownKeys(v, KEYS, key + ".", EXAMPLE);
            String detail = text(v, key, "detail").orElse("normal");
            if (!ChannelSettings.DETAILS.contains(detail)) {
                throw new ConfigException(file, key + ".detail", "must be quiet, normal or verbose, got '" + detail + "'",
                        EXAMPLE);
            }
            out.put(channel, new ChannelSettings(channel, text(v, key, "repo"), text(v, key, "agent"),
                    text(v, key, "daemon"), text(v, key, "branch"), detail));
        }
        return out;
    }

    private Optional<String> text(JsonNode node, String key, String field) {
        return Optional.ofNullable(values.string(node, key + "." + field, field, null, EXAMPLE)).filter(s -> !s.isBlank());
    }
}
