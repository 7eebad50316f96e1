package dev.baton.adapters.slack;

/** An unexpected Slack failure (the store, a post that never got its timestamp); wraps the cause. */
public final class SlackException extends RuntimeException {
    public SlackException(String message, Throwable cause) {
        super(message, cause);
    }

    public SlackException(String message) {
        super(message);
    }
}
