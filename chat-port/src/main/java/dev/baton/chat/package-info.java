/**
 * The neutral chat port: what every chat platform (web chat, Slack, Discord) turns its events into
 * ({@link dev.baton.chat.ChatEvent}) and what the hub asks it to show ({@link dev.baton.chat.Post} through a
 * {@link dev.baton.chat.ChatSurface}). No vendor type appears here. JDK only.
 */
package dev.baton.chat;
