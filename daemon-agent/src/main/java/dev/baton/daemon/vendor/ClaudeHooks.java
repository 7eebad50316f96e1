package dev.baton.daemon.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Claude Code hooks in the worktree's {@code .claude/settings.local.json}, merged with what is there (never
 * clobbered): each event runs {@code agent hook EVENT}, which forwards the hook's JSON to the daemon. The
 * {@code PermissionRequest} hook may wait long for a human, so its timeout is a day.
 */
final class ClaudeHooks {
    static final List<String> EVENTS = List.of("PermissionRequest", "Notification", "Stop", "StopFailure",
            "SessionEnd", "UserPromptSubmit");
    private static final String MARK = " hook ";

    private ClaudeHooks() {}

    static void install(Path worktree, Path agentCommand) {
        ClaudeSettingsFile.merge(worktree, "Claude Code hooks", root -> {
            ObjectNode hooks = root.get("hooks") instanceof ObjectNode h ? h : root.putObject("hooks");
            for (String event : EVENTS) {
                ArrayNode groups = hooks.get(event) instanceof ArrayNode a ? a : hooks.putArray(event);
                String command = agentCommand + MARK + event;
                boolean present = false;
                for (JsonNode group : groups) {
                    for (JsonNode h : group.path("hooks")) {
                        present |= h.path("command").asText().equals(command);
                    }
                }
                if (!present) {
                    ObjectNode group = groups.addObject();
                    ObjectNode hook = group.putArray("hooks").addObject();
                    hook.put("type", "command");
                    hook.put("command", command);
                    hook.put("timeout", event.equals("PermissionRequest") ? 86_400 : 30);
                }
            }
        });
    }
}
