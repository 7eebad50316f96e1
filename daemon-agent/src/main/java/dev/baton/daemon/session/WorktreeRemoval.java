package dev.baton.daemon.session;

import dev.baton.daemon.git.GitException;
import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.git.Worktrees;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.event.SessionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code kill --rm} without losing work: uncommitted changes (untracked files included) are saved as a patch
 * artifact first, and the branch is kept when it has commits beyond its base.
 */
final class WorktreeRemoval {
    private final Worktrees worktrees;
    private final RepoInspector git;
    private final Path artifacts;

    WorktreeRemoval(Worktrees worktrees, RepoInspector git, Path artifacts) {
        this.worktrees = worktrees;
        this.git = git;
        this.artifacts = artifacts;
    }

    /** Removes the session's worktree; returns human-readable notes on what was saved and kept. */
    List<String> remove(SessionRow row, Consumer<SessionEvent> events) {
        List<String> notes = new ArrayList<>();
        Path worktree = Path.of(row.worktree());
        Path repo = Path.of(row.repo());
        if (row.worktreeRemoved() || !Files.isDirectory(worktree)) {
            notes.add("worktree already removed");
            return notes;
        }
        try {
            if (!git.diffStat(worktree, "HEAD").files().isEmpty()) {
                Files.createDirectories(artifacts);
                Path patch = artifacts.resolve(row.name() + "-" + row.id().value() + ".patch");
                worktrees.savePatch(worktree, patch);
                events.accept(new SessionEvent.ArtifactSaved("patch", patch.toString()));
                notes.add("uncommitted changes saved to " + patch + " (apply with: git apply " + patch + ")");
            }
            List<String> commits = git.commitsBeyond(worktree, row.baseBranch());
            worktrees.remove(repo, worktree);
            boolean keep = !commits.isEmpty();
            if (keep) {
                notes.add("branch " + row.branch() + " kept: " + commits.size() + " commit(s) beyond " + row.baseBranch());
            } else {
                worktrees.deleteBranch(repo, row.branch());
                notes.add("branch " + row.branch() + " deleted (no commits beyond " + row.baseBranch() + ")");
            }
            events.accept(new SessionEvent.WorktreeRemoved(row.branch(), keep));
            notes.add("worktree " + worktree + " removed");
        } catch (GitException | java.io.IOException e) {
            notes.add("worktree NOT removed: " + e.getMessage());
        }
        return notes;
    }
}
