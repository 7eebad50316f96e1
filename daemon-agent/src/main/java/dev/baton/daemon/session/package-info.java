/**
 * Sessions as actors: each {@link dev.baton.daemon.session.Session} owns its terminal, raw log, screen model
 * and event stream, and one virtual thread applies its mailbox of sealed commands. The
 * {@link dev.baton.daemon.session.Sessions} registry creates, finds and recovers them;
 * {@link dev.baton.daemon.session.SessionRecaps} gathers a session's facts for its recap (module {@code recap}).
 */
package dev.baton.daemon.session;
