/** Sessions as the hub sees them: the directory (by id, by thread, by name), status cards, recap posts, and applying daemon events to chat. Core-thread confined. */
package dev.baton.hub.sessions;
