/**
 * Discord, on JDA: {@code /agent} slash commands registered per guild, one thread per session (created from its
 * status message), thread messages as turns, and buttons on cards. {@link dev.baton.adapters.discord.DiscordChat} is
 * the one entry point; everything else is package-private: the intake (one translator per JDA event type), the
 * renderer (2,000-character messages split at line boundaries or attached, cards as embeds within embed limits),
 * the per-thread lanes that keep order, and the user directory. Depends on the neutral port {@code dev.baton.chat},
 * JDA, the recap module's {@code Shorten} and SLF4J; no JDA type leaves this package. See docs/discord.md.
 */
package dev.baton.adapters.discord;
