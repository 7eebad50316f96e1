/**
 * What goes into a session's agent: the FIFO of chat turns, delivered "never mid-turn" (only while the agent waits
 * for input, text and Enter as separate writes), and the pause that holds them ({@link
 * dev.baton.daemon.session.input.TurnDelivery} in front). Actor-confined. Depends on {@code pty} (the terminal) and
 * {@code session.output} (the event stream).
 */
package dev.baton.daemon.session.input;
