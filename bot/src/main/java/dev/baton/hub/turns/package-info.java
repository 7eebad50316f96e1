/**
 * Chat replies becoming turns: checked, rate-limited per user and session, numbered, stored, acknowledged once and
 * sent through the daemon's outbox; and pausing a session's turns. May depend on {@code hub.store},
 * {@code hub.daemons}, {@code hub.access} and {@code hub.sessions}.
 */
package dev.baton.hub.turns;
