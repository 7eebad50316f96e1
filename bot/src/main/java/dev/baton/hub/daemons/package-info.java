/**
 * Daemons as the hub sees them: the WebSocket endpoint they dial, token checks, live links
 * ({@link dev.baton.hub.daemons.DaemonLinks}: reliable and immediate sends, queries), and choosing a daemon for
 * {@code /agent run}. May depend on {@code hub.store} and the wire protocol only.
 */
package dev.baton.hub.daemons;
