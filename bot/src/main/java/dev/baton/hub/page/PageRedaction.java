package dev.baton.hub.page;

import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.Redaction;
import dev.baton.protocol.wire.QueryKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the session page shows goes through {@link Redaction} like every chat post: the page's state (turns, prompt),
 * the answers to its queries (diff, files, attention, recap) and the live terminal. Text is redacted; JSON is
 * redacted value by value, so it stays valid JSON; terminal bytes are masked with {@code *} of the same length, so
 * the screen's layout is unchanged. A secret split across two PTY chunks is not caught (see docs/security.md).
 */
public final class PageRedaction {
    private PageRedaction() {}

    /** Every string in a JSON-like tree of maps and lists, redacted. */
    @SuppressWarnings("unchecked")
    public static Object tree(Object node) {
        return switch (node) {
            case String s -> Redaction.redact(s);
            case Map<?, ?> m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<String, Object>) m).forEach((k, v) -> out.put(k, tree(v)));
                yield out;
            }
            case List<?> l -> {
                List<Object> out = new ArrayList<>();
                l.forEach(v -> out.add(tree(v)));
                yield out;
            }
            case null -> null;
            default -> node;
        };
    }

    /** A query's answer: JSON kinds value by value, the rest (diffs, files, screens) as text. */
    public static String query(QueryKind kind, String text) {
        if (kind.json()) {
            try {
                return Json.write(tree(Json.parse(text)));
            } catch (RuntimeException e) {
                return Redaction.redact(text);
            }
        }
        return Redaction.redact(text);
    }

    /** Base64 PTY bytes with every recognised secret masked in place. */
    public static String pty(String base64) {
        byte[] raw = Base64.getDecoder().decode(base64);
        String latin = new String(raw, StandardCharsets.ISO_8859_1);
        String masked = Redaction.mask(latin);
        return masked.equals(latin) ? base64
                : Base64.getEncoder().encodeToString(masked.getBytes(StandardCharsets.ISO_8859_1));
    }
}
