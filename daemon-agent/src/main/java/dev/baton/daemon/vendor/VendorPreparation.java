package dev.baton.daemon.vendor;

import dev.baton.config.AgentSpec;
import dev.baton.daemon.session.AgentPreparation;
import java.nio.file.Path;
import java.util.Map;

/**
 * Dispatches to the vendor's preparation. The agent's HOME (and Codex's CODEX_HOME) is the one in its environment. Hooks call
 * {@code <baton home>/bin/agent hook EVENT}; without a known Baton home they are not installed. Claude Code's
 * {@code workspace-write} mode gets its sandbox section ({@link ClaudeSandbox}) in the same settings file.
 */
public final class VendorPreparation implements AgentPreparation {
    private final java.util.Optional<Path> agentCommand;

    public VendorPreparation(java.util.Optional<Path> batonHome) {
        this.agentCommand = batonHome.map(h -> h.resolve("bin/agent").toAbsolutePath().normalize())
                .filter(java.nio.file.Files::isExecutable);
    }

    @Override
    public boolean prepare(AgentSpec agent, Path worktree, Map<String, String> env) {
        String home = env.get("HOME");
        boolean hooks = false;
        if (agent.vendor() == AgentSpec.Vendor.CLAUDE && agent.hooks() && agentCommand.isPresent()) {
            ClaudeHooks.install(worktree, agentCommand.get());
            hooks = true;
        }
        switch (agent.vendor()) {
            case CLAUDE -> {
                AgentMode.of(agent).sandbox().ifPresent(sandbox -> sandbox.install(worktree));
                if (home != null && !home.isBlank()) {
                    ClaudeTrust.trust(Path.of(home), worktree);
                }
            }
            case CODEX -> CodexTrust.codexHome(env).ifPresent(dir -> CodexTrust.trust(dir, worktree));
            case GENERIC -> { }
        }
        return hooks;
    }

    /**
     * Codex runs its {@code notify} program when a turn completes, with the event's JSON as the last argument:
     * {@code -c notify=[".../bin/agent","hook","codex-notify"]} turns that into the same "finished its turn" notice
     * Claude's {@code Stop} hook gives. Codex's permission prompts still come from the screen.
     */
    @Override
    public java.util.List<String> reportingArgs(AgentSpec agent) {
        if (agent.vendor() != AgentSpec.Vendor.CODEX || !agent.hooks() || agentCommand.isEmpty()
                || agentCommand.get().toString().contains("\"")) {
            return java.util.List.of();
        }
        return java.util.List.of("-c", "notify=[\"" + agentCommand.get() + "\",\"hook\",\"codex-notify\"]");
    }
}
