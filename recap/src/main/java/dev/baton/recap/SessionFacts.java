package dev.baton.recap;

import dev.baton.protocol.event.SessionEvent;
import java.util.List;

/**
 * What a recap is made from: the session's events in order, the diffstat of its worktree against the base (as
 * {@code git diff --stat} counts it), the commits beyond the base ({@code abc1234 message}, newest first), the
 * files with uncommitted changes, and the last lines of its screen.
 */
public record SessionFacts(List<SessionEvent> events, List<Recap.FileChange> diffstat, List<String> commits,
                           List<String> uncommitted, String screenTail) {
    public SessionFacts {
        events = List.copyOf(events);
        diffstat = List.copyOf(diffstat);
        commits = List.copyOf(commits);
        uncommitted = List.copyOf(uncommitted);
        screenTail = screenTail == null ? "" : screenTail;
    }

    /** Only the events: what a hub knows when the daemon is gone. */
    public static SessionFacts eventsOnly(List<SessionEvent> events) {
        return new SessionFacts(events, List.of(), List.of(), List.of(), "");
    }
}
