/**
 * What comes out of a session: the PTY output pump (reader thread, raw log, screen thread), the append-only raw log,
 * the one interactive attachment, bounded {@link dev.baton.daemon.session.output.Subscriber}s that are cut off when
 * slow, and the numbered event stream with its followers. Depends on {@code pty}, {@code screen} and {@code store}.
 */
package dev.baton.daemon.session.output;
