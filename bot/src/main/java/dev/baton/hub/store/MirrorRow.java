package dev.baton.hub.store;

/**
 * One more thread bound to a session (a mirror): the thread's key, its own status card, who bound it and when.
 * The session's first thread stays in {@link HubSession}; mirrors get the same cards, pings and recaps.
 */
public record MirrorRow(String session, String thread, String card, String addedBy, long addedAt) {}
