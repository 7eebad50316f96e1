package dev.baton.daemon.git;

import java.nio.file.Path;

/** Creates and removes linked worktrees. {@link #gitCli()} runs {@code git worktree}. */
public interface Worktrees {
    /** Adds a worktree at {@code dir} on a new {@code branch} starting at {@code base}. */
    void add(Path repo, Path dir, String branch, String base);

    /** Moves a worktree (with its uncommitted changes) to {@code to}; git keeps tracking it there. */
    void move(Path repo, Path from, Path to);

    /** Adds a worktree at {@code dir} on the existing {@code branch}. */
    void checkout(Path repo, Path dir, String branch);

    /** Removes the worktree folder and its administrative files, even if it has changes. */
    void remove(Path repo, Path dir);

    /** Writes the uncommitted changes of {@code worktree}, including untracked files, as a binary patch. */
    void savePatch(Path worktree, Path patch);

    void deleteBranch(Path repo, String branch);

    static Worktrees gitCli() {
        return new GitCliWorktrees();
    }
}
