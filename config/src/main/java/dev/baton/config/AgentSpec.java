package dev.baton.config;

import java.util.List;
import java.util.Map;

/**
 * How to spawn one agent: {@code [agents.NAME]} with a command, its arguments (the prompt is appended as
 * the last argument), extra environment, its vendor, whether Baton installs its hooks (Claude Code), its
 * sandbox {@code mode} (empty: the vendor's safe default, see {@link Vendor#modes()}), and the domains its sandboxed
 * commands may reach without asking ({@code allowed_domains}, Claude Code's {@code workspace-write} only).
 */
public record AgentSpec(String name, String command, List<String> args, Map<String, String> env, Vendor vendor,
                        boolean hooks, java.util.Optional<String> mode, List<String> allowedDomains) {
    /** Claude Code's mode that runs its Bash commands in its own sandbox (bubblewrap on Linux). */
    public static final String WORKSPACE_WRITE = "workspace-write";

    public AgentSpec {
        args = List.copyOf(args);
        env = Map.copyOf(env);
        allowedDomains = List.copyOf(allowedDomains);
    }

    public AgentSpec(String name, String command, List<String> args, Map<String, String> env, Vendor vendor,
                     boolean hooks, java.util.Optional<String> mode) {
        this(name, command, args, env, vendor, hooks, mode, List.of());
    }

    public AgentSpec(String name, String command, List<String> args, Map<String, String> env, Vendor vendor,
                     boolean hooks) {
        this(name, command, args, env, vendor, hooks, java.util.Optional.empty());
    }

    /** The agent families Baton knows how to prepare and read. */
    public enum Vendor {
        /**
         * Claude Code's {@code --permission-mode}; {@code default} asks before tools run. {@code workspace-write} adds
         * its command sandbox: Bash commands write only inside the worktree, edits there are accepted.
         */
        CLAUDE(List.of("default", "manual", "acceptEdits", "plan", "auto", "dontAsk", "bypassPermissions",
                WORKSPACE_WRITE)),
        /** Codex's {@code --sandbox}; approvals stay {@code on-request}, so it asks before leaving the sandbox. */
        CODEX(List.of("workspace-write", "read-only", "danger-full-access")),
        /** Anything else: Baton cannot confine it; {@code unconfined} is the only mode. */
        GENERIC(List.of("unconfined"));

        private final List<String> modes;

        Vendor(List<String> modes) {
            this.modes = modes;
        }

        /** The modes {@code mode} may name; the first is the default. */
        public List<String> modes() {
            return modes;
        }

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
