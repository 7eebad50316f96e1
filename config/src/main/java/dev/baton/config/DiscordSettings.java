package dev.baton.config;

import java.util.List;

/**
 * {@code [discord]}: the bot token (a reference, {@code env:} or {@code file:}; its {@code toString} never shows a
 * value), the guilds where {@code /agent} is registered, and optional allow-lists. Empty {@code channels} /
 * {@code users} mean everyone in those guilds. {@code apiUrl} and {@code gatewayUrl} are Discord's unless overridden
 * (tests point them at a fake on loopback).
 */
public record DiscordSettings(SecretRef token, List<String> guilds, List<String> channels, List<String> users,
                              String apiUrl, String gatewayUrl) {
    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
    /** Empty: ask Discord ({@code GET /gateway/bot}), the normal way. */
    public static final String DEFAULT_GATEWAY_URL = "";

    public DiscordSettings {
        guilds = List.copyOf(guilds);
        channels = List.copyOf(channels);
        users = List.copyOf(users);
    }
}
