package dev.baton.daemon.attention;

import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.SessionState;
import java.util.Map;
import java.util.Optional;

/**
 * Claude Code's and Codex's hook events (other than {@code PermissionRequest}, which {@link PromptDesk} takes), translated once
 * into attention signals and the state they imply: {@code Stop} means the turn finished and the agent waits.
 */
final class HookEvents {
    private static final int MAX_MESSAGE = 600;

    private HookEvents() {}

    /** Records the event; returns the state it implies, if any. */
    static Optional<SessionState> apply(String name, Map<String, Object> payload, Signals attention) {
        attention.hookAlive();
        return switch (name) {
            case "Stop" -> {
                String last = text(payload.get("last_assistant_message"));
                attention.hook(AttentionLevel.NOTICE, AttentionReason.DONE,
                        last.isEmpty() ? "finished its turn" : "finished its turn: " + last);
                yield Optional.of(SessionState.WAITING);
            }
            case "StopFailure" -> {
                attention.hook(AttentionLevel.ACTION, AttentionReason.FAILED, "the turn failed: "
                        + text(payload.getOrDefault("error", payload.getOrDefault("message", ""))));
                yield Optional.empty();
            }
            case "Notification" -> {
                String type = text(payload.get("notification_type"));
                if (type.equals("idle_prompt")) {
                    attention.hook(AttentionLevel.NOTICE, AttentionReason.IDLE, "waiting for your input");
                } else {
                    attention.hook(AttentionLevel.INFO, AttentionReason.NOTIFICATION, text(payload.get("message")));
                }
                yield Optional.empty();
            }
            case "SessionEnd" -> {
                attention.hook(AttentionLevel.INFO, AttentionReason.DONE, "the agent's session ended ("
                        + text(payload.get("reason")) + ")");
                yield Optional.empty();
            }
            case "UserPromptSubmit" -> Optional.of(SessionState.RUNNING);
            case "codex-notify" -> {
                if (!text(payload.get("type")).equals("agent-turn-complete")) {
                    yield Optional.empty();
                }
                String last = text(payload.get("last-assistant-message"));
                attention.hook(AttentionLevel.NOTICE, AttentionReason.DONE,
                        last.isEmpty() ? "finished its turn" : "finished its turn: " + last);
                yield Optional.of(SessionState.WAITING);
            }
            default -> Optional.empty();
        };
    }

    private static String text(Object o) {
        String s = o == null ? "" : String.valueOf(o).strip();
        return s.length() > MAX_MESSAGE ? s.substring(0, MAX_MESSAGE) + "…" : s;
    }
}
