/**
 * The hub's durable state behind {@link dev.baton.hub.store.HubStore} (typed records such as
 * {@link dev.baton.hub.store.HubSession}), kept by {@code SqliteHubStore} in {@code hub.db} (sqlite, WAL): daemon
 * token hashes and outboxes, sessions, turns, prompts, mirrors, access and audit. Rows become records only here.
 */
package dev.baton.hub.store;
