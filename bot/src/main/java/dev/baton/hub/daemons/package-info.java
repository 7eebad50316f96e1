/** Daemons as the hub sees them: the WebSocket endpoint they dial, token checks, live links, and the per-daemon outbox of numbered messages. */
package dev.baton.hub.daemons;
