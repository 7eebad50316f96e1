/**
 * The hub's durable state behind {@link dev.baton.hub.store.HubStore} (typed records such as
 * {@link dev.baton.hub.store.HubSession}): daemon token hashes and outboxes, sessions, turns, prompts, mirrors, access
 * and audit. {@code SqliteHubStore} keeps it in {@code hub.db} (sqlite, WAL), {@code PostgresHubStore} in PostgreSQL
 * (HikariCP); Flyway migrates both ({@code HubMigrations}); {@code StoreLocation} says which. Rows become records
 * only here.
 */
package dev.baton.hub.store;
