package dev.baton.adapters.web;

import dev.baton.protocol.json.Json;
import java.util.Map;

/** The JSON shape of a message, as the API returns it and the stream sends it. */
final class MessageJson {
    private MessageJson() {}

    static Map<String, Object> of(StoredMessage m) {
        Map<String, Object> json = Json.object(
                "id", m.id(),
                "channel", m.channel(),
                "thread", m.thread(),
                "user", m.user(),
                "kind", m.kind().wire(),
                "text", m.text(),
                "ts", m.created().toString(),
                "edited", m.edited());
        m.post().ifPresent(post -> json.put("post", Json.parse(post)));
        m.badge().ifPresent(badge -> json.put("badge", badge));
        m.visibleTo().ifPresent(user -> json.put("visibleTo", user));
        return json;
    }

    static Map<String, Object> of(ThreadSummary t) {
        Map<String, Object> json = of(t.root());
        json.put("replies", t.replies());
        json.put("lastActivity", t.lastActivity().toString());
        return json;
    }
}
