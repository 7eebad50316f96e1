/**
 * The binary protocol between the daemon and its PTY host: {@link dev.baton.daemon.pty.wire.HostRequest}s one
 * way, {@link dev.baton.daemon.pty.wire.HostReply}s the other, framed by {@link dev.baton.daemon.pty.wire.HostCodec}.
 * Depends on nothing but the JDK, so both the client ({@code pty}) and the host ({@code ptyhost}) can use it.
 */
package dev.baton.daemon.pty.wire;
