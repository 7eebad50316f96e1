package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * {@code [limits]}: the hub's token buckets for turns. Each chat user and each session has a bucket of {@code burst}
 * turns that refills at its rate per minute; a turn that finds its bucket empty is refused with a reply saying when to
 * retry, never dropped silently.
 */
public record LimitSettings(int userTurnsPerMinute, int sessionTurnsPerMinute, int burst) {
    static final String EXAMPLE = "[limits]\nuser_turns_per_minute = 20\nsession_turns_per_minute = 40\nburst = 10";
    private static final Set<String> KEYS = Set.of("user_turns_per_minute", "session_turns_per_minute", "burst");

    public LimitSettings {
        if (userTurnsPerMinute < 1 || sessionTurnsPerMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
    }

    public static LimitSettings defaults() {
        return new LimitSettings(20, 40, 10);
    }

    static LimitSettings read(Path file, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return defaults();
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "limits", "must be a table", EXAMPLE);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new ConfigException(file, "limits." + k, "unknown key (known: " + String.join(", ", KEYS.stream()
                        .sorted().toList()) + ")", EXAMPLE);
            }
        }
        LimitSettings d = defaults();
        return new LimitSettings(number(file, node, "user_turns_per_minute", d.userTurnsPerMinute()),
                number(file, node, "session_turns_per_minute", d.sessionTurnsPerMinute()),
                number(file, node, "burst", d.burst()));
    }

    private static int number(Path file, JsonNode node, String key, int fallback) {
        JsonNode v = node.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > 100_000) {
            throw new ConfigException(file, "limits." + key, "must be a whole number from 1 to 100000, got " + v, EXAMPLE);
        }
        return v.asInt();
    }
}
