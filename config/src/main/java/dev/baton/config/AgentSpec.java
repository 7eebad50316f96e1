package dev.baton.config;

import java.util.List;
import java.util.Map;

/**
 * How to spawn one agent: {@code [agents.NAME]} with a command, its arguments (the prompt is appended as
 * the last argument), extra environment, its vendor, and whether Baton installs its hooks (Claude Code).
 */
public record AgentSpec(String name, String command, List<String> args, Map<String, String> env, Vendor vendor,
                        boolean hooks) {
    public AgentSpec {
        args = List.copyOf(args);
        env = Map.copyOf(env);
    }

    /** The agent families Baton knows how to prepare and read. */
    public enum Vendor {
        CLAUDE, CODEX, GENERIC;

        static Vendor guess(String name, String command) {
            String base = command.substring(command.lastIndexOf('/') + 1);
            if (name.equals("claude") || base.equals("claude")) {
                return CLAUDE;
            }
            if (name.equals("codex") || base.equals("codex")) {
                return CODEX;
            }
            return GENERIC;
        }
    }
}
