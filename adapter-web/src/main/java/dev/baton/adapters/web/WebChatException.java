package dev.baton.adapters.web;

/** An unexpected failure of the web chat (the store could not be opened or written), wrapping its cause. */
public final class WebChatException extends RuntimeException {
    public WebChatException(String message, Throwable cause) {
        super(message, cause);
    }
}
