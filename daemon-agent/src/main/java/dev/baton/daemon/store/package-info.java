/**
 * Durable state in {@code state.db} (sqlite, WAL): session rows and each session's event stream. One writer
 * thread batches all writes; readers use their own connection. Only this package sees sqlite-jdbc.
 */
package dev.baton.daemon.store;
