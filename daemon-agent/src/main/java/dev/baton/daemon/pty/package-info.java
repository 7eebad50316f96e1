/**
 * Our own small PTY interface ({@link dev.baton.daemon.pty.AgentTerminal}) and its pty4j implementation.
 * A later step holds PTYs outside the daemon's JVM behind the same interface. Only this package sees pty4j.
 */
package dev.baton.daemon.pty;
