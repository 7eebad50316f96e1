package dev.baton.hub.store;

/** Where a session runs: its daemon and agent, the repo, and the branch its worktree has (empty until created). */
public record Workplace(String daemon, String agent, String repo, String baseBranch, String branch) {
    /** The same place once the daemon has made the worktree. */
    public Workplace withBranch(String newBase, String newBranch, String newRepo) {
        return new Workplace(daemon, agent, newRepo, newBase, newBranch);
    }
}
