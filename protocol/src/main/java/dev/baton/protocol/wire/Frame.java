package dev.baton.protocol.wire;

/**
 * One frame on the wire: the message, the sender's number for it (0 for unnumbered messages) and the
 * sender's cumulative ack of the other direction.
 */
public record Frame(long number, long ack, WireMessage message) {}
