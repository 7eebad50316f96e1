package dev.baton.adapters.discord;

/** The Discord adapter's one exception type: its message is written for the person running the hub. */
public final class DiscordException extends RuntimeException {
    public DiscordException(String message, Throwable cause) {
        super(message, cause);
    }

    public DiscordException(String message) {
        super(message);
    }
}
