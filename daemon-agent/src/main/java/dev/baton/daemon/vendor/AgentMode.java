package dev.baton.daemon.vendor;

import dev.baton.config.AgentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox and permission mode a session's agent runs in, and the flags that put it there. Safe by default:
 * Claude Code in its {@code default} permission mode (it asks before running tools) with no extra directories,
 * Codex in the {@code workspace-write} sandbox with approvals {@code on-request} (file edits stay in the worktree; it
 * asks before stepping outside). {@code [agents.NAME] mode} picks another mode; flags already in {@code args} win,
 * and the description says what is really in force. Claude Code's {@code workspace-write} is its command sandbox
 * ({@link ClaudeSandbox}, written into the worktree's settings) with edits in the worktree accepted
 * ({@code --permission-mode acceptEdits}), the same footing as Codex's {@code workspace-write}.
 */
public record AgentMode(List<String> flags, String description, Optional<ClaudeSandbox> sandbox) {
    public AgentMode {
        flags = List.copyOf(flags);
    }

    public AgentMode(List<String> flags, String description) {
        this(flags, description, Optional.empty());
    }

    public static AgentMode of(AgentSpec spec) {
        List<String> args = spec.args();
        return switch (spec.vendor()) {
            case CLAUDE -> claude(spec, args);
            case CODEX -> codex(spec, args);
            case GENERIC -> new AgentMode(List.of(), spec.mode().orElse("unconfined"));
        };
    }

    private static AgentMode claude(AgentSpec spec, List<String> args) {
        String dirs = has(args, "--add-dir") ? " + extra dirs" : "";
        if (spec.mode().filter(AgentSpec.WORKSPACE_WRITE::equals).isPresent()) {
            ClaudeSandbox sandbox = new ClaudeSandbox(spec.allowedDomains());
            Optional<String> given = has(args, "--dangerously-skip-permissions") ? Optional.of("bypassPermissions")
                    : value(args, "--permission-mode");
            List<String> flags = given.isPresent() ? List.of() : List.of("--permission-mode", "acceptEdits");
            return new AgentMode(flags, sandbox.describe() + given.map(g -> " (" + g + ")").orElse("") + dirs,
                    Optional.of(sandbox));
        }
        if (has(args, "--dangerously-skip-permissions")) {
            return new AgentMode(List.of(), "bypassPermissions" + dirs);
        }
        Optional<String> given = value(args, "--permission-mode");
        if (given.isPresent()) {
            return new AgentMode(List.of(), given.get() + dirs);
        }
        String mode = spec.mode().orElse(AgentSpec.Vendor.CLAUDE.modes().get(0));
        return new AgentMode(List.of("--permission-mode", mode), mode + dirs);
    }

    private static AgentMode codex(AgentSpec spec, List<String> args) {
        if (has(args, "--dangerously-bypass-approvals-and-sandbox") || has(args, "--yolo")) {
            return new AgentMode(List.of(), "danger-full-access, approvals never");
        }
        List<String> flags = new ArrayList<>();
        Optional<String> sandbox = value(args, "--sandbox").or(() -> value(args, "-s"));
        if (sandbox.isEmpty()) {
            sandbox = Optional.of(spec.mode().orElse(AgentSpec.Vendor.CODEX.modes().get(0)));
            flags.addAll(List.of("--sandbox", sandbox.get()));
        }
        Optional<String> approval = value(args, "--ask-for-approval").or(() -> value(args, "-a"));
        if (approval.isEmpty()) {
            approval = Optional.of("on-request");
            flags.addAll(List.of("--ask-for-approval", approval.get()));
        }
        String dirs = has(args, "--add-dir") ? " + extra dirs" : "";
        return new AgentMode(flags, sandbox.get() + ", approvals " + approval.get() + dirs);
    }

    private static boolean has(List<String> args, String flag) {
        return args.stream().anyMatch(a -> a.equals(flag) || a.startsWith(flag + "="));
    }

    private static Optional<String> value(List<String> args, String flag) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(flag) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(flag + "=")) {
                return Optional.of(args.get(i).substring(flag.length() + 1));
            }
        }
        return Optional.empty();
    }
}
