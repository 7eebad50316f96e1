package dev.baton.hub.store;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.id.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The session streams held at the hub: every event the daemons send, kept once per (session, seq) so that recaps,
 * transcripts, recall and the page's history can be answered while a daemon is offline.
 */
public interface SessionEventStore {
    /** Keeps {@code events} in one transaction; an event already kept (same session and seq) stays as it was. */
    void append(List<EventRecord> events);

    /** A session's events after {@code seq}, in seq order, at most {@code limit}. */
    List<EventRecord> after(SessionId session, long seq, int limit);

    /** The seq of the newest event kept for {@code session}; 0 if none. */
    long lastSeq(SessionId session);

    /** When the newest event kept for {@code session} happened. */
    Optional<Instant> lastAt(SessionId session);

    /**
     * Forgets events that happened before {@code cutoff}, except each session's newest (so its resume point and its
     * "as of" time survive); returns how many were forgotten.
     */
    int forgetBefore(Instant cutoff);

    /** How many events are kept, over all sessions. */
    long count();
}
