package dev.baton.daemon.session;

import dev.baton.config.AgentSpec;
import java.nio.file.Path;
import java.util.Map;

/** Vendor-specific set-up before an agent starts in a worktree, e.g. pre-trusting the folder, installing hooks. */
public interface AgentPreparation {
    /** Prepares the worktree and the agent's home; returns whether the agent's hooks will report to the daemon. */
    boolean prepare(AgentSpec agent, Path worktree, Map<String, String> env);

    /** Arguments the agent gets before its own, to report to the daemon (e.g. Codex's {@code notify} program). */
    default java.util.List<String> reportingArgs(AgentSpec agent) {
        return java.util.List.of();
    }
}
