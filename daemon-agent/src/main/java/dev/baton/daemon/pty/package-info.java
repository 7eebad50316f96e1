/**
 * Our own small PTY interface ({@link dev.baton.daemon.pty.AgentTerminal}) and two ways to launch agents: in
 * pty4j PTYs held by this JVM, or in the runtime root's PTY host process ({@code dev.baton.daemon.ptyhost}),
 * reached over the protocol in {@code pty.wire}, so agents outlive a daemon restart. Only this package sees pty4j.
 */
package dev.baton.daemon.pty;
