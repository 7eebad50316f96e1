package dev.baton.daemon.session;

import dev.baton.config.AgentSpec;
import java.nio.file.Path;
import java.util.Map;

/** Vendor-specific set-up before an agent starts in a worktree, e.g. pre-trusting the folder. */
public interface AgentPreparation {
    void prepare(AgentSpec agent, Path worktree, Map<String, String> env);
}
