package dev.baton.daemon.pty;

import java.io.IOException;

/** Starts agents in terminals. {@link #pty4j()} is the real one. */
public interface TerminalLauncher {
    AgentTerminal launch(LaunchSpec spec) throws IOException;

    static TerminalLauncher pty4j() {
        return new Pty4jLauncher();
    }
}
