/** The hub's durable state in {@code hub.db} (sqlite, WAL): daemon token hashes, sessions, thread bindings, turns, and the per-daemon outbox. */
package dev.baton.hub.store;
