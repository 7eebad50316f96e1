package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed values out of a parsed {@code config.toml}, each failing with a {@link ConfigException} that names the file,
 * the key, what was wrong and a valid example. The sections ({@link ConfigLoader}) say which keys exist.
 */
final class TomlValues {
    private final Path file;

    TomlValues(Path file) {
        this.file = file;
    }

    JsonNode table(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null) {
            return new TomlMapper().createObjectNode();
        }
        if (!node.isObject()) {
            throw new ConfigException(file, key, "must be a table ([" + key + "])", "[" + key + "]");
        }
        return node;
    }

    void unknownKeys(JsonNode node, Set<String> known, String prefix, String example) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new ConfigException(file, prefix + k, "unknown key; known keys here are "
                        + known.stream().sorted().toList(), example);
            }
        }
    }

    String string(JsonNode node, String key, String field, String fallback, String example) {
        JsonNode v = node.get(field);
        return v == null ? fallback : textOrFail(v, key, example);
    }

    String textOrFail(JsonNode v, String key, String example) {
        if (!v.isTextual()) {
            throw new ConfigException(file, key, "must be a string, got " + kind(v), example);
        }
        return v.asText();
    }

    List<String> strings(JsonNode node, String key, String field, String example) {
        JsonNode v = node.get(field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new ConfigException(file, key, "must be a list of strings, got " + kind(v), example);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            out.add(textOrFail(item, key, example));
        }
        return out;
    }

    int integer(JsonNode node, String key, String field, int fallback, int min, int max, String example) {
        JsonNode v = node.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw new ConfigException(file, key, "must be a whole number from " + min + " to " + max
                    + ", got " + (v.isNumber() ? v.asText() : kind(v)), example);
        }
        return v.asInt();
    }

    boolean bool(JsonNode node, String key, String field, boolean fallback, String example) {
        JsonNode v = node.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new ConfigException(file, key, "must be true or false, got " + kind(v), example);
        }
        return v.asBoolean();
    }

    static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "a table";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
