package dev.baton.protocol.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to a parsed JSON object, with clear errors naming the missing or mistyped field. */
public record Fields(Map<String, Object> map) {

    public static Fields of(Map<String, Object> map) {
        return new Fields(map);
    }

    public String string(String key) {
        return optString(key).orElseThrow(() -> new JsonException("missing field '" + key + "'"));
    }

    public Optional<String> optString(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        throw new JsonException("field '" + key + "' must be a string");
    }

    public long number(String key) {
        return optNumber(key).orElseThrow(() -> new JsonException("missing field '" + key + "'"));
    }

    public Optional<Long> optNumber(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Number n) {
            return Optional.of(n.longValue());
        }
        throw new JsonException("field '" + key + "' must be a number");
    }

    public boolean flag(String key) {
        Object v = map.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new JsonException("field '" + key + "' must be true or false");
    }

    public List<String> strings(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new JsonException("field '" + key + "' must be a list of strings");
    }

    @SuppressWarnings("unchecked")
    public Fields object(String key) {
        Object v = map.get(key);
        if (v instanceof Map<?, ?> m) {
            return new Fields((Map<String, Object>) m);
        }
        throw new JsonException("field '" + key + "' must be an object");
    }
}
