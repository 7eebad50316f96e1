/**
 * Sessions as the hub sees them: the directory (by id, thread, name), where they show in chat
 * ({@link dev.baton.hub.sessions.SessionThreads}: posting, status cards, the redacting surface), starting and
 * continuing them, controls and listings, recaps, handoffs, mirrors and recall. Core-thread confined. May depend on
 * {@code hub.store}, {@code hub.daemons}, {@code hub.access} and {@code hub.commands}.
 */
package dev.baton.hub.sessions;
