/**
 * End-to-end attribution: commits made in a session's worktree carry a {@code Co-authored-by} trailer for each
 * person whose chat turns or approvals led to them. {@link dev.baton.daemon.attribution.CommitHooks} installs the
 * worktree's own git hooks; {@link dev.baton.daemon.attribution.Attribution} keeps the list of contributors since the
 * last commit. Depends on the protocol's events and the git CLI only.
 */
package dev.baton.daemon.attribution;
