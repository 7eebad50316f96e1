package dev.baton.hub.page;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.HeldSecrets;
import dev.baton.protocol.session.Redaction;
import dev.baton.protocol.session.StreamMask;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the session page shows goes through {@link Redaction} like every chat post, with the secrets the hub holds by
 * value: the page's state (turns, prompt), the answers to its queries (diff, files, attention, recap) and the live
 * terminal. Text is redacted; JSON is redacted value by value, so it stays JSON; terminal bytes are masked with
 * {@code *} of the same length, so the screen's layout is unchanged. Each session's terminal is one stream
 * ({@link StreamMask}), so a secret split across two PTY chunks is masked on both sides. {@link #pty} and
 * {@link #forget} on the core thread only; the rest from any thread.
 */
public final class PageRedaction {
    private final HeldSecrets held;
    private final Map<SessionId, StreamMask> streams = new HashMap<>();

    public PageRedaction(HeldSecrets held) {
        this.held = held;
    }

    /** Every string in a JSON-like tree of maps and lists, redacted. */
    @SuppressWarnings("unchecked")
    public Object tree(Object node) {
        return switch (node) {
            case String s -> Redaction.redact(s, held);
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
    String query(QueryKind kind, String text) {
        if (kind.json()) {
            try {
                return Json.write(tree(Json.parse(text)));
            } catch (RuntimeException e) {
                return Redaction.redact(text, held);
            }
        }
        return Redaction.redact(text, held);
    }

    /**
     * The next base64 chunk of a session's PTY bytes with every secret masked in place, also one begun or finished in
     * a neighbouring chunk; {@code reset}: the stream starts again (a repaint), so earlier chunks no longer count.
     */
    String pty(SessionId sessionId, boolean reset, String base64) {
        byte[] raw = Base64.getDecoder().decode(base64);
        String latin = new String(raw, StandardCharsets.ISO_8859_1);
        String masked = streams.computeIfAbsent(sessionId, k -> new StreamMask(held)).next(latin, reset);
        return masked.equals(latin) ? base64
                : Base64.getEncoder().encodeToString(masked.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The session's terminal is no longer watched: its stream's state goes. */
    void forget(SessionId sessionId) {
        streams.remove(sessionId);
    }
}
