package dev.baton.daemon.vendor;

import dev.baton.config.AgentSpec;
import dev.baton.daemon.session.AgentPreparation;
import java.nio.file.Path;
import java.util.Map;

/** Dispatches to the vendor's preparation. The agent's HOME is the one in its environment. */
public final class VendorPreparation implements AgentPreparation {
    @Override
    public void prepare(AgentSpec agent, Path worktree, Map<String, String> env) {
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            return;
        }
        switch (agent.vendor()) {
            case CLAUDE -> ClaudeTrust.trust(Path.of(home), worktree);
            case CODEX -> CodexTrust.trust(Path.of(home), worktree);
            case GENERIC -> { }
        }
    }
}
