package dev.baton.daemon.store;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.time.Instant;
import java.util.Optional;

/** What the store keeps about one session besides its events. */
public record SessionRow(SessionId id, String name, String agent, String repo, String baseBranch, String branch,
                         String worktree, String prompt, String owner, SessionState state, Integer exitCode,
                         Instant createdAt, Instant endedAt, String logPath, long pid, boolean worktreeRemoved) {

    public Optional<Instant> ended() {
        return Optional.ofNullable(endedAt);
    }

    public SessionRow withState(SessionState next, Integer code, Instant ended) {
        return new SessionRow(id, name, agent, repo, baseBranch, branch, worktree, prompt, owner, next, code,
                createdAt, ended, logPath, pid, worktreeRemoved);
    }

    public SessionRow withPid(long newPid) {
        return new SessionRow(id, name, agent, repo, baseBranch, branch, worktree, prompt, owner, state, exitCode,
                createdAt, endedAt, logPath, newPid, worktreeRemoved);
    }

    public SessionRow withWorktreeRemoved() {
        return new SessionRow(id, name, agent, repo, baseBranch, branch, worktree, prompt, owner, state, exitCode,
                createdAt, endedAt, logPath, pid, true);
    }
}
