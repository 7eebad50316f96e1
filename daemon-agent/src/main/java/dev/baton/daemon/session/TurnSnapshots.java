package dev.baton.daemon.session;

import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.event.SessionEvent;
import java.util.function.Consumer;

/**
 * The worktree's diffstat, commits and uncommitted files as a turn ends, taken with git off the session's actor
 * thread and handed back as a {@link SessionEvent.DiffstatTaken}: the hub keeps it, so its recap shows the changes
 * while this daemon is offline.
 */
final class TurnSnapshots {
    private final RepoInspector git;

    TurnSnapshots(RepoInspector git) {
        this.git = git;
    }

    /** Takes {@code row}'s worktree in the background; {@code then} gets it (nothing if it cannot be read). */
    void take(SessionRow row, Consumer<SessionEvent.DiffstatTaken> then) {
        Thread.ofVirtual().name("diffstat-" + row.name()).start(() ->
                SessionRecaps.worktree(git, row).ifPresent(w -> then.accept(w.snapshot())));
    }
}
