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

    private final Class<?> root;
    private final JsonTag tag;
    /** Built on the first read: writing needs only the key, and the CLI writes requests without loading them all. */
    private volatile Map<String, Class<?>> byTag;

    private Variants(Class<?> root) {
        this.root = root;
        this.tag = declaredTag(root);
        if (tag == null) {
            throw new IllegalArgumentException(root.getName() + " declares no " + JsonTag.FIELD);
        }
    }

    /** The {@link JsonTag} constant {@code type} declares, or null. */
    private static JsonTag declaredTag(Class<?> type) {
        if (!type.isInterface()) {
            return null;
        }
        for (java.lang.reflect.Field f : type.getDeclaredFields()) {
            if (f.getName().equals(JsonTag.FIELD) && f.getType() == JsonTag.class) {
                try {
                    f.setAccessible(true);
                    return (JsonTag) f.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private Map<String, Class<?>> byTag() {
        Map<String, Class<?>> map = byTag;
        if (map == null) {
            map = new LinkedHashMap<>();
            collect(root, map);
            byTag = map;
        }
        return map;
    }

    private static void collect(Class<?> type, Map<String, Class<?>> byTag) {
        for (Class<?> sub : type.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                Class<?> clash = byTag.put(tagOf(sub), sub);
                if (clash != null) {
                    throw new IllegalStateException("two records with the tag '" + tagOf(sub) + "': " + clash + ", " + sub);
                }
            } else {
                collect(sub, byTag);
            }
        }
    }

    static Variants of(Class<?> root) {
        return ROOTS.get(root);
    }

    /** The tagged interface above {@code type} (or {@code type} itself), or null for a record that is not tagged. */
    static Class<?> root(Class<?> type) {
        return TAGGED_ROOT.get(type);
    }

    private static Class<?> findRoot(Class<?> type) {
        if (declaredTag(type) != null) {
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
        return byTag().containsKey(tagValue);
    }

    Class<?> variant(String tagValue) {
        Class<?> type = byTag().get(tagValue);
        if (type == null) {
            throw new JsonException("unknown " + tag.what() + " '" + tagValue + "'");
        }
        return type;
    }
}
