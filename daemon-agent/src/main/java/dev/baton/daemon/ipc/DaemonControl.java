package dev.baton.daemon.ipc;

import dev.baton.protocol.cli.CliReply;

/** What the socket may ask of the daemon itself. */
public interface DaemonControl {
    /** Facts about the daemon; with {@code gc} the heap figure is taken after a full collection. */
    CliReply.DaemonFacts info(boolean gc);

    /**
     * Stops the daemon soon, after the current response is written. With {@code endAgents} (agent daemon stop)
     * every agent ends too; without (restart), agents stay in the PTY host for the next daemon to adopt.
     */
    void requestStop(boolean endAgents);
}
