package dev.baton.daemon.git;

/** A git operation failed; the message is fit to show a user. */
public final class GitException extends RuntimeException {
    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
