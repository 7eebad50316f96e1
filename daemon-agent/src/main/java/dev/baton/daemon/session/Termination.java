package dev.baton.daemon.session;

import dev.baton.daemon.pty.AgentTerminal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ending an agent on purpose: a kill (SIGTERM to its process group, SIGKILL after 3 s) or a daemon stop (SIGHUP,
 * SIGKILL after 2 s), and who waits to hear how it ended. Actor-confined.
 */
final class Termination {
    private final List<CompletableFuture<KillOutcome>> waiters = new ArrayList<>();
    private boolean requested;
    private boolean remove;
    private CompletableFuture<Void> shutdown;

    /** A kill; {@code forceLater} is run after the grace period to SIGKILL what is left. */
    void kill(boolean alsoRemove, CompletableFuture<KillOutcome> done, AgentTerminal terminal,
              ScheduledExecutorService scheduler, Runnable forceLater) {
        remove |= alsoRemove;
        waiters.add(done);
        if (!requested) {
            requested = true;
            terminal.signalGroup(AgentTerminal.Signal.TERM);
            scheduler.schedule(forceLater, 3, TimeUnit.SECONDS);
        }
    }

    /** The daemon is stopping: the session ends as interrupted. */
    void shutdown(CompletableFuture<Void> done, AgentTerminal terminal, ScheduledExecutorService scheduler,
                  Runnable forceLater) {
        shutdown = done;
        requested = true;
        terminal.signalGroup(AgentTerminal.Signal.HUP);
        scheduler.schedule(forceLater, 2, TimeUnit.SECONDS);
    }

    Ending ending(int exitCode) {
        return Ending.of(shutdown != null, requested, exitCode);
    }

    boolean removeWorktree() {
        return remove;
    }

    /** Tells everyone who asked for the end how it went. */
    void finished(KillOutcome outcome) {
        waiters.forEach(w -> w.complete(outcome));
        if (shutdown != null) {
            shutdown.complete(null);
        }
    }
}
