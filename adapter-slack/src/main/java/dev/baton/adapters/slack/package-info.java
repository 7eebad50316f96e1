/**
 * Slack, on Bolt for Java: HTTP mode ({@code POST /slack/events} on the hub's Javalin server, Bolt's signature
 * check) and Socket Mode (Java-WebSocket). {@link dev.baton.adapters.slack.SlackChat} is the one entry point;
 * everything else is package-private: one translator per inbound Slack type, markup decoding, the user directory,
 * the allow-lists, the persisted event-id store (sqlite), the Block Kit renderer and the per-channel outboxes
 * (pacing, coalescing, 429). Depends on the neutral port {@code dev.baton.chat}, Bolt / the Slack SDK, Javalin,
 * sqlite-jdbc and SLF4J; no Slack SDK type leaves this package.
 */
package dev.baton.adapters.slack;
