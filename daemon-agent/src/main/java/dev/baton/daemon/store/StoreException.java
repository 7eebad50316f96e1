package dev.baton.daemon.store;

/** The store failed unexpectedly (disk full, corrupt file). Wraps the cause. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
