package dev.baton.daemon.ipc;

/** A request that cannot be served as asked (unknown session, bad argument); the message goes to the user. */
public final class OpException extends RuntimeException {
    public OpException(String message) {
        super(message);
    }
}
