/**
 * Sessions as actors: each {@link dev.baton.daemon.session.Session} owns its terminal, screen model, output
 * ({@code session.output}), input ({@code session.input}) and attention tracker ({@code dev.baton.daemon.attention}),
 * and one virtual thread applies its mailbox of sealed commands. The {@link dev.baton.daemon.session.Sessions}
 * registry creates (through the launcher), finds and recovers them; {@link dev.baton.daemon.session.SessionRecaps}
 * gathers a session's facts for its recap (module {@code recap}). The sub-packages never depend on this one.
 */
package dev.baton.daemon.session;
