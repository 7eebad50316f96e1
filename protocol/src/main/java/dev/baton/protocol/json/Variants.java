package dev.baton.protocol.json;

import java.util.LinkedHashMap;
import java.util.Map;

/** The records under a {@link JsonTag} sealed interface, by tag; and the tag of each record. Cached per class. */
final class Variants {
    private static final ClassValue<Variants> ROOTS = new ClassValue<>() {
        @Override
        protected Variants computeValue(Class<?> type) {
            return new Variants(type);
        }
    };
    private static final ClassValue<Class<?>> TAGGED_ROOT = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            return findRoot(type);
        }
    };

    private final JsonTag tag;
    private final Map<String, Class<?>> byTag = new LinkedHashMap<>();

    private Variants(Class<?> root) {
        this.tag = root.getAnnotation(JsonTag.class);
        if (tag == null || !root.isSealed()) {
            throw new IllegalArgumentException(root.getName() + " is not a sealed interface with @JsonTag");
        }
        collect(root);
    }

    private void collect(Class<?> type) {
        for (Class<?> sub : type.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                Class<?> clash = byTag.put(tagOf(sub), sub);
                if (clash != null) {
                    throw new IllegalStateException("two records with the tag '" + tagOf(sub) + "': " + clash + ", " + sub);
                }
            } else {
                collect(sub);
            }
        }
    }

    static Variants of(Class<?> root) {
        return ROOTS.get(root);
    }

    /** The {@link JsonTag} interface above {@code type}, or null for a record that is not tagged. */
    static Class<?> root(Class<?> type) {
        return TAGGED_ROOT.get(type);
    }

    private static Class<?> findRoot(Class<?> type) {
        if (type.isAnnotationPresent(JsonTag.class)) {
            return type;
        }
        for (Class<?> i : type.getInterfaces()) {
            Class<?> found = findRoot(i);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static String tagOf(Class<?> record) {
        JsonName name = record.getAnnotation(JsonName.class);
        return name == null ? RecordShape.snake(record.getSimpleName()) : name.value();
    }

    String key() {
        return tag.key();
    }

    boolean knows(String tagValue) {
        return byTag.containsKey(tagValue);
    }

    Class<?> variant(String tagValue) {
        Class<?> type = byTag.get(tagValue);
        if (type == null) {
            throw new JsonException("unknown " + tag.what() + " '" + tagValue + "'");
        }
        return type;
    }
}
