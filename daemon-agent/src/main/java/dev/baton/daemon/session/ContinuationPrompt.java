package dev.baton.daemon.session;

import dev.baton.recap.MarkdownRecap;
import dev.baton.recap.Recap;

/**
 * The first prompt of a session that continues an ended one: what it takes over, the old session's recap (facts
 * from its events and worktree), then what to do next.
 */
public final class ContinuationPrompt {
    private ContinuationPrompt() {}

    public static String of(Recap old, String next) {
        return "You are continuing the coding session '" + old.name() + "' on its branch " + old.branch()
                + " (based on " + old.baseBranch() + "). This worktree is in the state its recap below describes,"
                + " uncommitted changes included.\n\n" + MarkdownRecap.render(old) + "\n## Next\n\n"
                + (next.isBlank() ? "Pick up where it left off: check the state above, then finish the goal." : next);
    }
}
