/**
 * The PTY host: a small long-lived process ({@link dev.baton.daemon.ptyhost.PtyHostMain}) that holds the agents'
 * PTY masters so agents outlive a daemon restart or crash. It buffers each agent's output while no daemon is
 * attached. Depends on {@code pty} (the pty4j launcher) and {@code pty.wire} only; nothing in the daemon
 * depends on it except by starting its main class.
 */
package dev.baton.daemon.ptyhost;
