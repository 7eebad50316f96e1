/**
 * The daemon's link to the hub: it dials out over WebSocket (a laptop never opens a port), says hello,
 * applies the hub's numbered messages exactly once, and streams the events of hub sessions with resume
 * after a reconnect; heartbeats keep it up and a silent hub is redialled. Depends on the session registry and the
 * store; JDK WebSocket client only.
 */
package dev.baton.daemon.hub;
