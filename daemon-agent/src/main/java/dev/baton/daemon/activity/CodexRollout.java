package dev.baton.daemon.activity;

import static dev.baton.daemon.activity.ClaudeTranscript.blocks;
import static dev.baton.daemon.activity.ClaudeTranscript.count;
import static dev.baton.daemon.activity.ClaudeTranscript.text;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Codex rollout ({@code $CODEX_HOME/sessions/YYYY/MM/DD/rollout-<ts>-<uuid>.jsonl}), lines
 * {@code {timestamp, type, payload}}: {@code turn_context} names the model, {@code response_item} holds messages,
 * function calls and their outputs, and {@code event_msg} lines of type {@code token_count} carry each turn's
 * {@code last_token_usage}, whose {@code input_tokens} include the cached ones. The per-turn usages are summed (the
 * totals restart after a resume in some versions); a line whose running total repeats the previous one's is a repeat
 * report and is skipped. Codex 0.169's {@code token_usage_record} lines repeat the same usage and are not read.
 * {@code output_tokens} include the reasoning tokens, as OpenAI bills them. One instance per file.
 */
final class CodexRollout implements TranscriptFormat {
    private static final Set<String> SHELL_TOOLS = Set.of("shell", "exec_command", "shell_command", "container.exec",
            "local_shell");
    private static final Pattern EXIT = Pattern.compile("(?:Process exited with code|Exit code:)\\s*(-?\\d+)");
    private String model = "";
    private Object lastTotal;

    @Override
    public boolean stateful() {
        return true; // the model comes from the turn's turn_context; a repeat is told by the previous total
    }

    @Override
    public List<Reading> read(String file, long offset, String line) {
        Map<String, Object> map;
        try {
            map = Json.parseObject(line);
        } catch (JsonException e) {
            return List.of();
        }
        if (!(map.get("payload") instanceof Map<?, ?> p)) {
            return List.of();
        }
        String kind = text(p.get("type"));
        return switch (text(map.get("type"))) {
            case "turn_context" -> {
                if (!text(p.get("model")).isEmpty()) {
                    model = text(p.get("model"));
                }
                yield List.of();
            }
            case "response_item" -> item(kind, p);
            case "event_msg" -> kind.equals("token_count") ? tokens(file, offset, p.get("info")) : List.of();
            default -> List.of();
        };
    }

    private List<Reading> item(String kind, Map<?, ?> p) {
        List<Reading> out = new ArrayList<>();
        switch (kind) {
            case "message" -> {
                if ("assistant".equals(p.get("role"))) {
                    for (Map<?, ?> c : blocks(p.get("content"))) {
                        String t = text(c.get("text")).strip();
                        if ("output_text".equals(c.get("type")) && !t.isEmpty()) {
                            out.add(new Reading.Did(new SessionEvent.AgentMessage(Clip.to(t, Clip.MESSAGE))));
                        }
                    }
                }
            }
            case "function_call" -> {
                String name = text(p.get("name"));
                String args = text(p.get("arguments"));
                out.add(new Reading.Did(new SessionEvent.ToolCall(text(p.get("call_id")), name, Clip.to(args, Clip.INPUT),
                        SHELL_TOOLS.contains(name) ? command(args) : "")));
            }
            case "custom_tool_call" -> out.add(new Reading.Did(new SessionEvent.ToolCall(text(p.get("call_id")),
                    text(p.get("name")), Clip.to(text(p.get("input")), Clip.INPUT), "")));
            case "local_shell_call" -> {
                Object action = p.get("action");
                String cmd = action instanceof Map<?, ?> a ? shell(a.get("command")) : "";
                out.add(new Reading.Did(new SessionEvent.ToolCall(text(p.get("call_id")), "local_shell",
                        Clip.to(action == null ? "" : Json.write(action), Clip.INPUT), cmd)));
            }
            case "function_call_output", "custom_tool_call_output" -> {
                String output = output(p.get("output"));
                out.add(new Reading.Did(new SessionEvent.ToolResult(text(p.get("call_id")), ok(p.get("output"), output),
                        Clip.to(output, Clip.OUTPUT))));
            }
            default -> { }
        }
        return out;
    }

    private List<Reading> tokens(String file, long offset, Object info) {
        if (!(info instanceof Map<?, ?> i) || !(i.get("last_token_usage") instanceof Map<?, ?> last)) {
            return List.of();
        }
        Object total = i.get("total_token_usage");
        if (total != null && total.equals(lastTotal)) {
            return List.of(); // the same turn reported again
        }
        lastTotal = total;
        long input = count(last.get("input_tokens"));
        long cached = Math.min(input, count(last.get("cached_input_tokens")));
        long written = Math.min(input - cached, count(last.get("cache_write_input_tokens"))); // 0.169 reports it, as 0
        return List.of(new Reading.Served(new ModelRequest(file + "@" + offset, model.isEmpty() ? "codex" : model,
                input - cached - written, count(last.get("output_tokens")), cached, written, 0)));
    }

    /** The exact command of a shell tool's arguments: {@code cmd}, or {@code command} (["bash","-lc",X] gives X). */
    static String command(String arguments) {
        try {
            Map<String, Object> a = Json.parseObject(arguments);
            Object cmd = a.get("cmd");
            return cmd instanceof String s ? s : shell(a.get("command"));
        } catch (JsonException e) {
            return "";
        }
    }

    private static String shell(Object command) {
        if (command instanceof String s) {
            return s;
        }
        if (command instanceof List<?> argv && !argv.isEmpty()) {
            if (argv.size() == 3 && String.valueOf(argv.get(1)).matches("-l?c")) {
                return String.valueOf(argv.get(2));
            }
            return String.join(" ", argv.stream().map(String::valueOf).toList());
        }
        return "";
    }

    /** The output's text: a plain string, or the {@code output} of a JSON one ({@code {"output":…,"metadata":…}}). */
    private static String output(Object o) {
        String s = text(o);
        if (s.startsWith("{")) {
            try {
                Object inner = Json.parseObject(s).get("output");
                if (inner != null) {
                    return text(inner);
                }
            } catch (JsonException e) {
                // plain text after all
            }
        }
        return s;
    }

    private static boolean ok(Object raw, String output) {
        String s = text(raw);
        if (s.startsWith("{")) {
            try {
                if (Json.parseObject(s).get("metadata") instanceof Map<?, ?> m && m.get("exit_code") instanceof Number n) {
                    return n.longValue() == 0;
                }
            } catch (JsonException e) {
                // fall through to the text
            }
        }
        Matcher m = EXIT.matcher(output);
        return !m.find() || m.group(1).equals("0");
    }
}
