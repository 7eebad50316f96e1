package dev.baton.protocol.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** A record class as JSON sees it: its components' JSON names, types and defaults, and its canonical constructor. */
final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    /** One component. {@code fallback}: the {@link JsonDefault} text, or null when the field is required. */
    record Part(String json, Type type, Class<?> raw, Method accessor, boolean inline, String fallback) {}

    private final Class<?> type;
    private final List<Part> parts;
    private final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<Part> list = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            JsonName name = c.getAnnotation(JsonName.class);
            JsonDefault fallback = c.getAnnotation(JsonDefault.class);
            list.add(new Part(name == null ? snake(c.getName()) : name.value(), c.getGenericType(), c.getType(), accessor,
                    JsonInline.class.isAssignableFrom(c.getType()), fallback == null ? null : fallback.value()));
        }
        this.parts = List.copyOf(list);
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            this.constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
        }
    }

    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    List<Part> parts() {
        return parts;
    }

    Object get(Part part, Object record) {
        try {
            return part.accessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    Object create(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build a " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    /** A constructor's own complaint (a typed id that does not validate) reaches the caller unchanged. */
    static RuntimeException rethrow(InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e.getCause());
    }

    /** {@code baseBranch} → {@code base_branch}, {@code SendInput} → {@code send_input}. */
    static String snake(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
