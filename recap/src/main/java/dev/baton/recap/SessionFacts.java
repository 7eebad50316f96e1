package dev.baton.recap;

import dev.baton.protocol.event.SessionEvent;
import java.util.List;
import java.util.Optional;

/**
 * What a recap is made from: the session's events in order, what its worktree shows (empty when it could not be
 * read, e.g. removed or on a daemon that is gone), and the last lines of its screen.
 */
public record SessionFacts(List<SessionEvent> events, Optional<Worktree> worktree, String screenTail) {
    public SessionFacts {
        events = List.copyOf(events);
        screenTail = screenTail == null ? "" : screenTail;
    }

    /**
     * The worktree against the base: the diffstat (as {@code git diff --stat} counts it), the commits beyond the base
     * ({@code abc1234 message}, newest first), and the files with uncommitted changes.
     */
    public record Worktree(List<Recap.FileChange> diffstat, List<String> commits, List<String> uncommitted) {
        public Worktree {
            diffstat = List.copyOf(diffstat);
            commits = List.copyOf(commits);
            uncommitted = List.copyOf(uncommitted);
        }
    }

    /** Only the events: what a hub knows when the daemon is gone. */
    public static SessionFacts eventsOnly(List<SessionEvent> events) {
        return new SessionFacts(events, Optional.empty(), "");
    }
}
