/**
 * Git for sessions: linked worktrees through the git CLI ({@link dev.baton.daemon.git.Worktrees}, since JGit
 * cannot create them) and JGit for branches, status and diffs ({@link dev.baton.daemon.git.RepoInspector}).
 */
package dev.baton.daemon.git;
