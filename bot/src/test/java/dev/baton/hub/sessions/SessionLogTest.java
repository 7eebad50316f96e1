package dev.baton.hub.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.SqliteHubStore;
import dev.baton.hub.store.Workplace;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's copy of the session streams on {@code hub.db}: batched, resumed safely, and purged daily by the clock. */
class SessionLogTest {
    @TempDir
    Path dir;

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static HubSession session() {
        return HubSession.starting(SessionId.random(), "one", new Workplace("d1", "demo", "/repo", "", ""),
                new ChatUser(Platform.WEB, "ana", "Ana"), "fix it", 1);
    }

    private static EventRecord state(HubSession s, long seq, Instant at) {
        return new EventRecord(s.id(), seq, at, new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, ""));
    }

    private static List<Long> seqs(SessionLog log, HubSession s) {
        List<Long> out = new ArrayList<>();
        log.forEach(s.id(), e -> out.add(e.seq()));
        return out;
    }

    @Test
    void events_are_held_until_a_read_or_the_tick_and_then_written_once_each() {
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            MovableClock clock = new MovableClock();
            SessionLog log = new SessionLog(store.events(), clock, 90);
            HubSession s = session();
            log.add(state(s, 1, clock.now));
            log.add(state(s, 2, clock.now));
            assertEquals(0, store.events().count(), "held, not yet written");
            log.add(state(s, 2, clock.now));
            log.tick();
            assertEquals(2, store.events().count(), "written on the tick, the repeat once");
            log.add(state(s, 3, clock.now));
            assertEquals(List.of(1L, 2L, 3L), seqs(log, s), "a read writes what is held first");
        }
    }

    @Test
    void a_daemon_resumes_after_what_the_hub_both_applied_and_kept() {
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            SessionLog log = new SessionLog(store.events(), new MovableClock(), 90);
            HubSession s = session().withLastSeq(7);
            assertEquals(0, log.resumeAfter(s), "a session from before the hub kept streams is sent again from the start");
            for (int i = 1; i <= 5; i++) {
                log.add(state(s, i, Instant.EPOCH));
            }
            assertEquals(5, log.resumeAfter(s), "held events count once written");
            assertEquals(3, log.resumeAfter(s.withLastSeq(3)), "never past what was applied");
        }
    }

    @Test
    void once_a_day_events_older_than_the_kept_days_are_forgotten_but_each_sessions_newest_stays() {
        MovableClock clock = new MovableClock();
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            SessionLog log = new SessionLog(store.events(), clock, 10);
            HubSession s = session();
            Instant start = clock.now;
            for (int i = 1; i <= 5; i++) {
                log.add(state(s, i, start.plus(Duration.ofDays(i))));
            }
            clock.now = start.plus(Duration.ofDays(12)).plusSeconds(1);
            log.tick();
            assertEquals(List.of(3L, 4L, 5L), seqs(log, s), "days 1 and 2 are more than 10 days old");
            clock.now = clock.now.plus(Duration.ofDays(30));
            log.tick();
            assertEquals(List.of(5L), seqs(log, s), "the newest stays: the resume point and the 'as of' time");
            assertEquals(start.plus(Duration.ofDays(5)), log.lastAt(s.id()).orElseThrow());
        }
    }

    @Test
    void the_purge_runs_at_most_once_a_day_and_never_with_zero_days() {
        MovableClock clock = new MovableClock();
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            SessionLog log = new SessionLog(store.events(), clock, 1);
            HubSession s = session();
            log.add(state(s, 1, clock.now));
            log.add(state(s, 2, clock.now));
            log.tick();
            clock.now = clock.now.plus(Duration.ofHours(25));
            log.add(state(s, 3, clock.now));
            log.tick();
            assertEquals(List.of(3L), seqs(log, s));
            log.add(state(s, 4, clock.now));
            log.flush();
            clock.now = clock.now.plus(Duration.ofHours(23));
            log.tick();
            assertEquals(List.of(3L, 4L), seqs(log, s), "less than a day since the last purge: none yet");
            clock.now = clock.now.plus(Duration.ofDays(30));
            new SessionLog(store.events(), clock, 0).tick();
            assertEquals(List.of(3L, 4L), seqs(log, s), "0 days keeps them forever");
        }
    }
}
