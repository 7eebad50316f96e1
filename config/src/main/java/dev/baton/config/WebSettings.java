package dev.baton.config;

/**
 * {@code [web]}: where the hub serves the web chat, the daemon endpoint and the API; {@code accounts}: team mode,
 * where each person opens the web chat with a personal link ({@code bin/baton user add NAME}) that fixes their name.
 */
public record WebSettings(String bind, int port, boolean accounts) {
    public WebSettings(String bind, int port) {
        this(bind, port, false);
    }
}
