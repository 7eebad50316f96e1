package dev.baton.daemon.activity;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Claude Code's transcript ({@code ~/.claude/projects/<encoded cwd>/<session id>.jsonl}). Assistant lines carry one
 * content block each ({@code text}, {@code tool_use}) with the message's {@code id}, {@code model} and {@code usage}
 * repeated on every block of the same message: the usage is keyed on {@code message.id} + {@code requestId} (the
 * id alone when {@code requestId} is null) for the ledger to count once. User lines carry {@code tool_result} blocks.
 */
final class ClaudeTranscript implements TranscriptFormat {
    static final String SHELL_TOOL = "Bash";

    @Override
    public List<Reading> read(String file, long offset, String line) {
        Map<String, Object> map;
        try {
            map = Json.parseObject(line);
        } catch (JsonException e) {
            return List.of();
        }
        Object type = map.get("type");
        if (!(map.get("message") instanceof Map<?, ?> message)) {
            return List.of();
        }
        List<Reading> out = new ArrayList<>();
        if ("assistant".equals(type)) {
            for (Map<?, ?> block : blocks(message.get("content"))) {
                switch (String.valueOf(block.get("type"))) {
                    case "text" -> {
                        String text = text(block.get("text")).strip();
                        if (!text.isEmpty()) {
                            out.add(new Reading.Did(new SessionEvent.AgentMessage(Clip.to(text, Clip.MESSAGE))));
                        }
                    }
                    case "tool_use" -> {
                        String name = text(block.get("name"));
                        Object input = block.get("input");
                        String command = SHELL_TOOL.equals(name) && input instanceof Map<?, ?> in
                                ? text(in.get("command")) : "";
                        out.add(new Reading.Did(new SessionEvent.ToolCall(text(block.get("id")), name,
                                Clip.to(input == null ? "" : Json.write(input), Clip.INPUT), command)));
                    }
                    default -> { }
                }
            }
            usage(message, map.get("requestId")).ifPresent(r -> out.add(new Reading.Served(r)));
        } else if ("user".equals(type)) {
            for (Map<?, ?> block : blocks(message.get("content"))) {
                if ("tool_result".equals(block.get("type"))) {
                    out.add(new Reading.Did(new SessionEvent.ToolResult(text(block.get("tool_use_id")),
                            !Boolean.TRUE.equals(block.get("is_error")), Clip.to(resultText(block.get("content")), Clip.OUTPUT))));
                }
            }
        }
        return out;
    }

    private static java.util.Optional<ModelRequest> usage(Map<?, ?> message, Object requestId) {
        String id = text(message.get("id"));
        String model = text(message.get("model"));
        if (!(message.get("usage") instanceof Map<?, ?> u) || id.isEmpty() || model.equals("<synthetic>")) {
            return java.util.Optional.empty();
        }
        long write = count(u.get("cache_creation_input_tokens"));
        long write1h = u.get("cache_creation") instanceof Map<?, ?> c ? Math.min(write, count(c.get("ephemeral_1h_input_tokens"))) : 0;
        String key = requestId instanceof String r && !r.isEmpty() ? id + "/" + r : id;
        return java.util.Optional.of(new ModelRequest(key, model, count(u.get("input_tokens")),
                count(u.get("output_tokens")), count(u.get("cache_read_input_tokens")), write, write1h));
    }

    static List<Map<?, ?>> blocks(Object content) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (content instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static String resultText(Object content) {
        if (content instanceof List<?> parts) {
            StringBuilder sb = new StringBuilder();
            for (Map<?, ?> p : blocks(parts)) {
                if ("text".equals(p.get("type"))) {
                    sb.append(sb.isEmpty() ? "" : "\n").append(text(p.get("text")));
                }
            }
            return sb.toString();
        }
        return text(content);
    }

    static long count(Object o) {
        return o instanceof Number n ? Math.max(0, n.longValue()) : 0;
    }

    static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
