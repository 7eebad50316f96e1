package dev.baton.protocol.cli;

import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.json.RecordJson;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link CliRequest}s and {@link CliReply}s as JSON lines, through the one record mapping ({@link RecordJson}). */
public final class CliJson {
    private static final ClassValue<Class<? extends CliReply>> REPLY_TYPES = new ClassValue<>() {
        @Override
        protected Class<? extends CliReply> computeValue(Class<?> request) {
            for (Type t : request.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == CliRequest.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> reply) {
                    return reply.asSubclass(CliReply.class);
                }
            }
            throw new IllegalStateException(request + " names no reply type");
        }
    };

    private CliJson() {}

    public static String write(CliRequest<?> request) {
        return RecordJson.write((Record) request);
    }

    /**
     * The request in {@code json}; throws {@link JsonException} for an unknown {@code op} (saying the CLI may be
     * newer than the daemon), a missing field or one of the wrong type.
     */
    public static CliRequest<?> readRequest(Map<String, Object> json) {
        if (json.get("op") instanceof String op && !RecordJson.knowsTag(CliRequest.class, op)) {
            throw new JsonException("unknown request '" + op + "' (is the CLI newer than the daemon? try: agent daemon restart)");
        }
        return RecordJson.fromTagged(json, CliRequest.class);
    }

    /** {@code {"ok":true,...}}, or {@code {"ok":false,"error":…}} for {@link CliReply.Failed}. */
    public static Map<String, Object> toMap(CliReply reply) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", !(reply instanceof CliReply.Failed));
        out.putAll(RecordJson.toMap((Record) reply));
        return out;
    }

    public static String write(CliReply reply) {
        return Json.write(toMap(reply));
    }

    /** A reply line: {@link CliReply.Failed} when {@code ok} is false, else a {@code type}. */
    public static CliReply readReply(Map<String, Object> json, Class<? extends CliReply> type) {
        if (Boolean.FALSE.equals(json.get("ok"))) {
            return new CliReply.Failed(json.get("error") instanceof String e ? e : "the daemon refused the request");
        }
        return RecordJson.fromMap(json, type);
    }

    /** The reply {@code request} gets when it succeeds. */
    @SuppressWarnings("unchecked")
    public static <R extends CliReply> Class<R> replyType(CliRequest<R> request) {
        return (Class<R>) REPLY_TYPES.get(request.getClass());
    }
}
