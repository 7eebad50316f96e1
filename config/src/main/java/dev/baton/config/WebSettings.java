package dev.baton.config;

/** {@code [web]}: where the hub serves the web chat, the daemon endpoint and the API. */
public record WebSettings(String bind, int port) {}
