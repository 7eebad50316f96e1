package dev.baton.protocol.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.TreeMap;

/**
 * Java values to and from the plain values of {@link Json}. Records become objects; enums their {@code wire()}
 * text; a type with a static {@code parse(String)} (typed ids, {@code Sender}, {@code Instant}) its
 * {@code toString()}; {@code Optional.empty()} and null are left out; an unordered map is written in key order.
 */
final class JsonValues {
    private static final ClassValue<Optional<Method>> PARSERS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return parser(type);
        }
    };
    private static final ClassValue<EnumTexts> ENUMS = new ClassValue<>() {
        @Override
        protected EnumTexts computeValue(Class<?> type) {
            return new EnumTexts(type);
        }
    };

    private JsonValues() {}

    /** Plain ifs rather than a pattern switch: a type switch spins a class at run time, which the CLI pays for. */
    static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? toJson(o.get()) : null;
        }
        if (value instanceof Enum<?> e) {
            return wire(e);
        }
        if (PARSERS.get(value.getClass()).isPresent()) {
            return value.toString();
        }
        if (value instanceof Record r) {
            return RecordJson.toMap(r);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            Map<?, ?> ordered = m instanceof SequencedMap<?, ?> ? m : new TreeMap<>(m);
            for (Map.Entry<?, ?> e : ordered.entrySet()) {
                out.put(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return out;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object v : list) {
                out.add(toJson(v));
            }
            return out;
        }
        return value;
    }

    /** {@code json} (not null) as a value of {@code type}; {@code field} names it in errors. */
    static Object fromJson(Object json, Type type, String field) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return cast(json, String.class, field, "a string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return cast(json, Boolean.class, field, "true or false");
        }
        if (raw == long.class || raw == Long.class) {
            return cast(json, Number.class, field, "a number").longValue();
        }
        if (raw == int.class || raw == Integer.class) {
            return cast(json, Number.class, field, "a number").intValue();
        }
        if (raw == double.class || raw == Double.class) {
            return cast(json, Number.class, field, "a number").doubleValue();
        }
        if (raw == Object.class) {
            return json;
        }
        if (raw == Optional.class) {
            return Optional.of(fromJson(json, argument(type, 0), field));
        }
        if (List.class.isAssignableFrom(raw)) {
            Type element = argument(type, 0);
            List<Object> out = new ArrayList<>();
            for (Object item : cast(json, List.class, field, "a list")) {
                if (item == null) {
                    throw new JsonException("field '" + field + "' must not hold null");
                }
                out.add(fromJson(item, element, field));
            }
            return List.copyOf(out);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type valueType = argument(type, 1);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) cast(json, Map.class, field, "an object")).entrySet()) {
                out.put(String.valueOf(e.getKey()), e.getValue() == null ? null : fromJson(e.getValue(), valueType, field));
            }
            return out;
        }
        if (raw.isEnum()) {
            return constant(raw, cast(json, String.class, field, "a string"), field);
        }
        Optional<Method> parse = PARSERS.get(raw);
        if (parse.isPresent()) {
            try {
                return parse.get().invoke(null, cast(json, String.class, field, "a string"));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw RecordShape.rethrow(e);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = cast(json, Map.class, field, "an object");
        return Variants.root(raw) == raw ? RecordJson.fromTagged(object, raw) : RecordJson.fromMap(object, raw);
    }

    /** The value of a component absent from the JSON: its {@link JsonDefault}, an empty container, or an error. */
    static Object absent(RecordShape.Part part) {
        Class<?> raw = part.raw();
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw == boolean.class) {
            return Boolean.FALSE;
        }
        if (raw == int.class) {
            return 0;
        }
        if (raw == long.class) {
            return 0L;
        }
        if (raw == double.class) {
            return 0.0;
        }
        if (List.class.isAssignableFrom(raw)) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of();
        }
        if (part.fallback() == null) {
            throw new JsonException("missing field '" + part.json() + "'");
        }
        String text = part.fallback();
        if (raw == String.class) {
            return text;
        }
        return fromJson(text.isEmpty() ? 0L : Long.parseLong(text), part.type(), part.json());
    }

    private static String wire(Enum<?> e) {
        return ENUMS.get(e.getDeclaringClass()).wire[e.ordinal()];
    }

    private static Object constant(Class<?> type, String text, String field) {
        EnumTexts texts = ENUMS.get(type);
        Object exact = texts.byWire.get(text);
        if (exact != null) {
            return exact;
        }
        for (int i = 0; i < texts.wire.length; i++) {
            if (texts.wire[i].equalsIgnoreCase(text)) {
                return type.getEnumConstants()[i];
            }
        }
        throw new JsonException("field '" + field + "' has an unknown value '" + text + "'");
    }

    /** An enum's JSON texts: its {@code wire()} where it has one, else its lower-case name; by ordinal and by text. */
    private static final class EnumTexts {
        final String[] wire;
        final Map<String, Object> byWire = new java.util.HashMap<>();

        EnumTexts(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            Method wireMethod = null;
            try {
                Method m = type.getMethod("wire");
                wireMethod = m.getReturnType() == String.class ? m : null;
            } catch (NoSuchMethodException e) {
                // named by their lower-case names
            }
            wire = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                try {
                    wire[i] = wireMethod == null ? ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT)
                            : (String) wireMethod.invoke(constants[i]);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
                byWire.put(wire[i], constants[i]);
            }
        }
    }

    private static <T> T cast(Object json, Class<T> type, String field, String what) {
        if (type.isInstance(json)) {
            return type.cast(json);
        }
        throw new JsonException("field '" + field + "' must be " + what);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    private static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            Type arg = p.getActualTypeArguments()[i];
            return arg instanceof Class<?> || arg instanceof ParameterizedType ? arg : Object.class;
        }
        return Object.class;
    }

    private static Optional<Method> parser(Class<?> type) {
        for (Class<?> param : new Class<?>[] {String.class, CharSequence.class}) {
            try {
                Method m = type.getMethod("parse", param);
                if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                    return Optional.of(m);
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
