package dev.baton.daemon.session;

import dev.baton.protocol.session.SessionState;

/** How a session ended, from why its agent exited: the daemon stopped, someone killed it, or it finished. */
record Ending(SessionState state, String reason) {
    static Ending of(boolean daemonStopping, boolean killed, int exitCode) {
        if (daemonStopping) {
            return new Ending(SessionState.INTERRUPTED, "the daemon stopped");
        }
        if (killed) {
            return new Ending(SessionState.KILLED, "killed");
        }
        return exitCode == 0 ? new Ending(SessionState.COMPLETED, "agent exited with code 0")
                : new Ending(SessionState.FAILED, "agent exited with code " + exitCode);
    }
}
