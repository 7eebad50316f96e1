package dev.baton.daemon;

/** The daemon cannot start or keep running; the message says why in words a user can act on. */
public final class DaemonException extends RuntimeException {
    public DaemonException(String message) {
        super(message);
    }

    public DaemonException(String message, Throwable cause) {
        super(message, cause);
    }
}
