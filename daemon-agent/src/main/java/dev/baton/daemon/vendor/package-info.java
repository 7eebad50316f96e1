/**
 * Per-vendor set-up of an agent's home before a session starts: Claude Code and Codex must find the
 * worktree already trusted, or they stop at a trust dialog nobody is there to answer.
 */
package dev.baton.daemon.vendor;
