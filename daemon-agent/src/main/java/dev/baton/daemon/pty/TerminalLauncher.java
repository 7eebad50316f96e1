package dev.baton.daemon.pty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Starts agents in terminals. {@link #hosted} keeps them in the runtime root's PTY host, where they outlive the
 * daemon and can be {@link #adopt adopted} by the next one; {@link #pty4j()} holds them in this JVM.
 */
public interface TerminalLauncher {
    AgentTerminal launch(LaunchSpec spec) throws IOException;

    /**
     * Re-attaches to an agent started earlier under {@code key} that is still held: alive, or exited with its
     * code not yet released. The terminal yields the output buffered meanwhile, then live output, then -1.
     */
    default Optional<AgentTerminal> adopt(String key) {
        return Optional.empty();
    }

    /** Keys of the agents that {@link #adopt} could re-attach to. */
    default List<String> adoptable() {
        return List.of();
    }

    /** Kills an agent nobody wants any more (no session knows it) and forgets it. */
    default void discard(String key) {}

    /** Ends whatever keeps agents outside this process (the PTY host), once no agent is left in it. */
    default void shutdown() {}

    /** Agents in pty4j PTYs held by this JVM: they end when it does. */
    static TerminalLauncher pty4j() {
        return new Pty4jLauncher();
    }

    /** Agents in the PTY host of {@code runtimeRoot}, started on demand. */
    static TerminalLauncher hosted(Path runtimeRoot) {
        return hosted(runtimeRoot, List.of());
    }

    /** As {@link #hosted(Path)}, with extra JVM arguments for the host process (e.g. its buffer size). */
    static TerminalLauncher hosted(Path runtimeRoot, List<String> hostJvmArgs) {
        return new HostedLauncher(runtimeRoot, hostJvmArgs);
    }
}
