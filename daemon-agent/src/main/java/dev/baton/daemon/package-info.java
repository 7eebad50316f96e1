/**
 * The daemon's composition root ({@link dev.baton.daemon.DaemonMain}) and its lifecycle. Sub-packages hold
 * the PTY, the store, git, sessions, attention detection, the local socket and the {@code agent} CLI.
 */
package dev.baton.daemon;
