package dev.baton.hub.store;

/**
 * One entry of a session's audit trail as the hub keeps it (for the session page): an approval or denial, a kill, a
 * share, a refused action. {@code seq} is the daemon's event seq, so replays never duplicate an entry.
 */
public record AuditRow(String session, long seq, long at, String actor, String action, String outcome, String reason) {}
