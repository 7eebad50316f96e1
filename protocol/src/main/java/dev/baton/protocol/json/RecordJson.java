package dev.baton.protocol.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one mapping between records and JSON objects, by reflection over record components (cached per class).
 * A component's key is the snake_case of its name ({@link JsonName} overrides it); components are written in
 * declaration order, and null or empty {@code Optional}s are left out; a component of a {@link JsonInline} type
 * is flattened into its parent. A record under an interface that declares a {@link JsonTag} is written with its
 * tag first. Reading checks every field's type and says which field is missing or wrong ({@link JsonDefault}
 * says which strings may be absent).
 */
public final class RecordJson {
    private RecordJson() {}

    /** The record as an ordered JSON object; a tagged record gets its tag field first. */
    public static Map<String, Object> toMap(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        Class<?> root = Variants.root(record.getClass());
        if (root != null) {
            out.put(Variants.of(root).key(), Variants.tagOf(record.getClass()));
        }
        write(record, out);
        return out;
    }

    /** The record's fields alone, without the tag of a tagged record. */
    public static Map<String, Object> fields(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        write(record, out);
        return out;
    }

    /** {@link #toMap} as JSON text. */
    public static String write(Record record) {
        return Json.write(toMap(record));
    }

    private static void write(Record record, Map<String, Object> out) {
        RecordShape shape = RecordShape.of(record.getClass());
        for (RecordShape.Part part : shape.parts()) {
            Object value = shape.get(part, record);
            if (part.inline() && value instanceof Record inner) {
                out.putAll(toMap(inner));
            } else {
                Object json = JsonValues.toJson(value);
                if (json != null) {
                    out.put(part.json(), json);
                }
            }
        }
    }

    /** Reads a record of {@code type}; unknown fields are ignored. */
    public static <T> T fromMap(Map<String, Object> json, Class<T> type) {
        RecordShape shape = RecordShape.of(type);
        Object[] values = new Object[shape.parts().size()];
        int i = 0;
        for (RecordShape.Part part : shape.parts()) {
            if (part.inline()) {
                values[i++] = Variants.root(part.raw()) == part.raw() ? fromTagged(json, part.raw()) : fromMap(json, part.raw());
                continue;
            }
            Object value = json.get(part.json());
            values[i++] = value == null ? JsonValues.absent(part) : JsonValues.fromJson(value, part.type(), part.json());
        }
        return type.cast(shape.create(values));
    }

    /**
     * Reads one of the records under the {@link JsonTag} interface {@code root}, chosen by the tag field; throws
     * {@link JsonException} for a missing or unknown tag.
     */
    public static <T> T fromTagged(Map<String, Object> json, Class<T> root) {
        Variants variants = Variants.of(root);
        Object tag = json.get(variants.key());
        if (!(tag instanceof String s)) {
            throw new JsonException(tag == null ? "missing field '" + variants.key() + "'"
                    : "field '" + variants.key() + "' must be a string");
        }
        return root.cast(fromMap(json, variants.variant(s)));
    }

    /** The record tagged {@code tag} under {@code root}, read from {@code json} (which need not hold the tag). */
    public static <T> T fromTagged(String tag, Map<String, Object> json, Class<T> root) {
        return root.cast(fromMap(json, Variants.of(root).variant(tag)));
    }

    /** Whether {@code tag} names one of the records under the {@link JsonTag} interface {@code root}. */
    public static boolean knowsTag(Class<?> root, String tag) {
        return Variants.of(root).knows(tag);
    }

    /** The tag a record of {@code type} is written with (the snake_case of its name, or its {@link JsonName}). */
    public static String tagOf(Class<?> type) {
        return Variants.tagOf(type);
    }
}
