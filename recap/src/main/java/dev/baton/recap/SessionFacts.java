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

        /** This worktree as a turn-end snapshot event (numstat lines), as the daemon sends it to the hub. */
        public SessionEvent.DiffstatTaken snapshot() {
            return new SessionEvent.DiffstatTaken(diffstat.stream().map(f -> (f.binary() ? "-\t-" : f.insertions() + "\t"
                    + f.deletions()) + "\t" + f.path()).toList(), commits, uncommitted);
        }

        /** The worktree a snapshot event shows; lines that are not numstat lines are skipped. */
        public static Worktree of(SessionEvent.DiffstatTaken d) {
            List<Recap.FileChange> files = new java.util.ArrayList<>();
            for (String line : d.numstat()) {
                String[] f = line.split("\t", 3);
                if (f.length == 3 && f[0].equals("-") && f[1].equals("-")) {
                    files.add(new Recap.FileChange(f[2], 0, 0, true));
                } else if (f.length == 3 && f[0].matches("\\d+") && f[1].matches("\\d+")) {
                    files.add(new Recap.FileChange(f[2], Integer.parseInt(f[0]), Integer.parseInt(f[1]), false));
                }
            }
            return new Worktree(files, d.commits(), d.uncommitted());
        }
    }

    /** Only the events: what a hub knows when the daemon is gone. */
    public static SessionFacts eventsOnly(List<SessionEvent> events) {
        return new SessionFacts(events, Optional.empty(), "");
    }
}
