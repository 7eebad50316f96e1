package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One chat channel's settings, {@code [channels."<platform>:<id>"]} (e.g. {@code [channels."slack:C0123"]}):
 * {@code detail}, how much of the agent's side its session threads show ({@code quiet}, {@code normal} or
 * {@code verbose}; default {@code normal}). A record so that more per-channel defaults can join it.
 */
public record ChannelSettings(String detail) {
    static final String EXAMPLE = "[channels.\"slack:C0123\"]\ndetail = \"quiet\"   # quiet, normal or verbose";
    static final Set<String> DETAILS = Set.of("quiet", "normal", "verbose");
    private static final Set<String> KEYS = Set.of("detail");

    public static ChannelSettings defaults() {
        return new ChannelSettings("normal");
    }

    /** The {@code [channels]} table: channel key → its settings. */
    static Map<String, ChannelSettings> read(Path file, JsonNode node) {
        Map<String, ChannelSettings> out = new LinkedHashMap<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "channels", "must be a table of channels", EXAMPLE);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "channels.\"" + e.getKey() + "\"";
            if (!e.getKey().matches("(slack|discord|web):.+")) {
                throw new ConfigException(file, where, "a channel is <platform>:<id>, e.g. slack:C0123 or web:general", EXAMPLE);
            }
            JsonNode t = e.getValue();
            if (!t.isObject()) {
                throw new ConfigException(file, where, "must be a table", EXAMPLE);
            }
            for (Iterator<String> k = t.fieldNames(); k.hasNext(); ) {
                String key = k.next();
                if (!KEYS.contains(key)) {
                    throw new ConfigException(file, where + "." + key, "unknown key (known: detail)", EXAMPLE);
                }
            }
            String detail = t.has("detail") ? t.get("detail").asText() : "normal";
            if (!t.has("detail") || t.get("detail").isTextual() && DETAILS.contains(detail)) {
                out.put(e.getKey(), new ChannelSettings(detail));
            } else {
                throw new ConfigException(file, where + ".detail", "must be quiet, normal or verbose, got " + t.get("detail"), EXAMPLE);
            }
        }
        return out;
    }
}
