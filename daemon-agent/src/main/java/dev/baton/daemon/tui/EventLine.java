package dev.baton.daemon.tui;

import dev.baton.protocol.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One event as a line of the detail pane or the events view: {@code 12:03:04 state  running -> blocked}. */
final class EventLine {
    private static final Set<String> ENVELOPE = Set.of("session", "seq", "at", "type");

    private EventLine() {}

    static String of(Map<String, Object> e) {
        String at = String.valueOf(e.getOrDefault("at", ""));
        String time = at.length() >= 19 ? at.substring(11, 19) : at;
        String type = String.valueOf(e.getOrDefault("type", "?"));
        Map<String, Object> body = new LinkedHashMap<>(e);
        body.keySet().removeAll(ENVELOPE);
        String detail = switch (type) {
            case "state" -> body.get("from") + " -> " + body.get("to") + text(body.get("reason"), " (", ")");
            case "attention" -> body.get("level") + ":" + body.get("kind") + text(body.get("message"), " ", "");
            case "input" -> body.get("sender") + ": " + body.get("text");
            case "keys" -> body.get("sender") + ": " + body.get("keys");
            case "prompt_opened" -> "[" + body.get("layer") + "] " + text(body.get("tool"), "", ": ")
                    + text(body.get("detail"), "", "") + text(body.get("question"), " - ", "");
            case "prompt_answered" -> body.get("decision") + " by " + body.get("by") + text(body.get("how"), " (", ")");
            default -> Json.write(body);
        };
        return time + " " + type + "  " + detail.replace('\n', '⏎');
    }

    private static String text(Object o, String before, String after) {
        return o == null || o.toString().isEmpty() ? "" : before + o + after;
    }
}
