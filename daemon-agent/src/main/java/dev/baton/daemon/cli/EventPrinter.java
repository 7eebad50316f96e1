package dev.baton.daemon.cli;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Prints events as JSON lines ({@code --json}) or one readable line each. */
final class EventPrinter {
    private static final Set<String> ENVELOPE = Set.of("session", "seq", "at", "type");
    private final PrintStream out;
    private final boolean json;

    /** Each readable line starts with this session name, when events of several sessions are printed. */
    private final String prefix;

    EventPrinter(PrintStream out, boolean json) {
        this(out, json, "");
    }

    EventPrinter(PrintStream out, boolean json, String session) {
        this.out = out;
        this.json = json;
        this.prefix = session.isEmpty() ? "" : session + "  ";
    }

    void print(Fields event) {
        if (json) {
            out.println(Json.write(event.map()));
            out.flush();
            return;
        }
        String at = event.string("at");
        String time = at.length() >= 19 ? at.substring(11, 19) : at;
        Map<String, Object> body = new LinkedHashMap<>(event.map());
        body.keySet().removeAll(ENVELOPE);
        String detail = switch (event.string("type")) {
            case "state" -> body.get("from") + " -> " + body.get("to") + (isEmpty(body.get("reason")) ? "" : " (" + body.get("reason") + ")");
            case "attention" -> body.get("level") + ":" + body.get("kind") + " " + body.get("message") + " [" + body.get("layer") + "]";
            case "input" -> body.get("sender") + ": " + body.get("text");
            case "keys" -> body.get("sender") + ": " + body.get("keys");
            case "emitted" -> body.get("level") + ":" + body.get("kind") + " " + body.get("message")
                    + (body.get("fields") instanceof Map<?, ?> m && !m.isEmpty() ? " " + Json.write(m) : "");
            case "artifact" -> body.get("kind") + " " + (isEmpty(body.get("path")) ? body.get("commit") : body.get("path"))
                    + (isEmpty(body.get("label")) ? "" : " " + body.get("label"));
            case "agent_message" -> String.valueOf(body.get("text"));
            case "tool_call" -> body.get("tool") + ": " + (isEmpty(body.get("command")) ? body.get("input") : body.get("command"));
            case "tool_result" -> (Boolean.TRUE.equals(body.get("ok")) ? "ok" : "error") + ": " + body.get("output");
            case "usage" -> body.get("model") + " in " + body.get("input_tokens") + " out " + body.get("output_tokens")
                    + " cache read " + body.get("cache_read_tokens") + " write " + body.get("cache_write_tokens")
                    + (body.get("cost_usd") == null ? " $?" : String.format(" $%.6f", ((Number) body.get("cost_usd")).doubleValue()));
            default -> Json.write(body);
        };
        out.printf("%s%5d  %s  %-18s %s%n", prefix, event.number("seq"), time, event.string("type"), detail.replace('\n', '⏎'));
        out.flush();
    }

    private static boolean isEmpty(Object o) {
        return o == null || o.toString().isEmpty();
    }
}
