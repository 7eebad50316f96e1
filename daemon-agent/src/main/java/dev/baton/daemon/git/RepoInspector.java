package dev.baton.daemon.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Read-only questions about repos and worktrees, answered with JGit. {@link #jgit()} is the real one. */
public interface RepoInspector {
    /** The top folder of the (main) repository containing {@code dir}, if any. */
    Optional<Path> repoRoot(Path dir);

    /** The branch checked out in {@code repo}, or empty when HEAD is detached. */
    Optional<String> currentBranch(Path repo);

    boolean branchExists(Path repo, String branch);

    /** The local branches of {@code repo}, the checked-out one first, then by name. */
    List<String> branches(Path repo);

    /** The diff of the worktree's files (committed, staged, unstaged and untracked) against {@code base}. */
    String diff(Path worktree, String base);

    /** Per-file line counts, as in {@code git diff --stat}, of the same comparison. */
    DiffStat diffStat(Path worktree, String base);

    /** Commits on HEAD of {@code worktree} that {@code base} does not have, newest first. */
    List<String> commitsBeyond(Path worktree, String base);

    static RepoInspector jgit() {
        return new JGitInspector();
    }
}
