package dev.baton.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionEventStore} does: {@link SqliteSessionEventStoreTest} runs it on {@code hub.db},
 * {@link PostgresSessionEventStoreIT} on a real PostgreSQL. {@link #open()} sees what the last one wrote.
 */
abstract class SessionEventStoreContract {
    abstract HubStore open();

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static EventRecord event(SessionId s, long seq, Instant at, SessionEvent e) {
        return new EventRecord(s, seq, at, e);
    }

    static List<EventRecord> stream(SessionId s, int n) {
        List<EventRecord> out = new ArrayList<>();
        out.add(event(s, 1, T0, new SessionEvent.Created("one", "claude", "demo", "main", "baton/one", "/w", "fix it",
                new Sender(Sender.Surface.WEB, "ana"))));
        for (int i = 2; i <= n; i++) {
            out.add(event(s, i, T0.plusSeconds(i), i % 2 == 0
                    ? new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "turn " + i)
                    : new SessionEvent.Emitted(AttentionLevel.INFO, "step", "step \u00e9 " + i, Map.of("n", (long) i))));
        }
        return out;
    }

    @Test
    void events_read_back_in_seq_order_as_they_were_written_after_a_reopen() {
        SessionId s = SessionId.random();
        List<EventRecord> written = stream(s, 7);
        try (HubStore store = open()) {
            store.events().append(written.subList(3, 7));
            store.events().append(written.subList(0, 3));
        }
        try (HubStore store = open()) {
            assertEquals(written, store.events().after(s, 0, 100));
            assertEquals(written.subList(2, 4), store.events().after(s, 2, 2));
            assertEquals(7, store.events().lastSeq(s));
            assertEquals(Optional.of(T0.plusSeconds(7)), store.events().lastAt(s));
        }
    }

    @Test
    void an_event_sent_again_is_kept_once_as_it_was_first_written() {
        SessionId s = SessionId.random();
        List<EventRecord> written = stream(s, 4);
        try (HubStore store = open()) {
            store.events().append(written);
            store.events().append(List.of(event(s, 2, T0, new SessionEvent.Exited(3)), written.get(3)));
            assertEquals(written, store.events().after(s, 0, 100));
            assertEquals(4, store.events().count());
        }
    }

    @Test
    void sessions_streams_are_kept_apart_and_an_unknown_session_has_none() {
        SessionId a = SessionId.random();
        SessionId b = SessionId.random();
        try (HubStore store = open()) {
            store.events().append(stream(a, 3));
            store.events().append(stream(b, 5));
            assertEquals(3, store.events().after(a, 0, 100).size());
            assertEquals(5, store.events().lastSeq(b));
            SessionId none = SessionId.random();
            assertEquals(0, store.events().lastSeq(none));
            assertEquals(Optional.empty(), store.events().lastAt(none));
            assertEquals(List.of(), store.events().after(none, 0, 10));
        }
    }

    @Test
    void forgetting_old_events_keeps_the_newer_ones_and_each_sessions_newest() {
        SessionId busy = SessionId.random();
        SessionId quiet = SessionId.random();
        try (HubStore store = open()) {
            store.events().append(stream(busy, 10));
            store.events().append(stream(quiet, 3));
            int forgotten = store.events().forgetBefore(T0.plusSeconds(6));
            assertEquals(5 + 2, forgotten);
            assertEquals(List.of(6L, 7L, 8L, 9L, 10L), store.events().after(busy, 0, 100).stream()
                    .map(EventRecord::seq).toList());
            assertEquals(List.of(3L), store.events().after(quiet, 0, 100).stream().map(EventRecord::seq).toList());
            assertEquals(Optional.of(T0.plusSeconds(3)), store.events().lastAt(quiet));
        }
    }

    @Test
    void a_large_batch_is_written_whole() {
        SessionId s = SessionId.random();
        try (HubStore store = open()) {
            store.events().append(stream(s, 2500));
            assertEquals(2500, store.events().count());
            assertEquals(2500, store.events().lastSeq(s));
        }
    }
}
