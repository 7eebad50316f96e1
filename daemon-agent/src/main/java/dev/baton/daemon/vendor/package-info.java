/**
 * Per-vendor set-up of an agent's home and worktree before a session starts: Claude Code and Codex must find the
 * worktree already trusted, or they stop at a trust dialog nobody is there to answer; Claude Code's hooks and its
 * command sandbox ({@code workspace-write}) are merged into the worktree's settings; the mode flags per vendor.
 */
package dev.baton.daemon.vendor;
