package dev.baton.hub.sessions;

import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.SessionEventStore;
import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.PageHistory;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.id.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session streams as the hub keeps them ({@link SessionEventStore}): every event a daemon sends is held here and
 * written in batches (at {@value #BATCH} events, on the core's tick, and before anything reads the streams or a
 * daemon is told where to resume). Once a day (by the injected clock) events older than {@code keep_events_days} are
 * forgotten, each session's newest excepted; 0 days keeps them forever. Core thread.
 */
public final class SessionLog {
    private static final Logger log = LoggerFactory.getLogger(SessionLog.class);
    static final int BATCH = 500;
    static final int PAGE = 2000;
    private static final Duration PURGE_EVERY = Duration.ofDays(1);
    private final SessionEventStore store;
    private final Clock clock;
    private final int keepDays;
    private final List<EventRecord> pending = new ArrayList<>();
    private Instant lastPurge;

    public SessionLog(SessionEventStore store, Clock clock, int keepDays) {
        this.store = store;
        this.clock = clock;
        this.keepDays = keepDays;
    }

    /** Holds one event of a known session; sent again, it is kept once (the store dedupes on session and seq). */
    public void add(EventRecord record) {
        pending.add(record);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Writes what is held. */
    public void flush() {
        if (!pending.isEmpty()) {
            store.append(List.copyOf(pending));
            pending.clear();
        }
    }

    /**
     * Where {@code s}'s daemon should resume sending: after the last event both applied and kept, so a stream the
     * hub has applied but not yet kept (a session from before the hub kept streams) is sent again and kept.
     */
    public long resumeAfter(HubSession s) {
        flush();
        return Math.min(s.lastSeq(), store.lastSeq(s.id()));
    }

    /** Hands {@code session}'s kept events to {@code each}, in seq order. */
    public void forEach(SessionId session, Consumer<EventRecord> each) {
        flush();
        long after = 0;
        List<EventRecord> page;
        do {
            page = store.after(session, after, PAGE);
            page.forEach(each);
            if (!page.isEmpty()) {
                after = page.getLast().seq();
            }
        } while (page.size() == PAGE);
    }

    /** The page's history from the kept stream ({@link PageHistory}): the newest shown events, as JSON event records. */
    public String history(SessionId session) {
        java.util.Deque<EventRecord> kept = new java.util.ArrayDeque<>();
        forEach(session, e -> {
            if (PageHistory.shown(e.event())) {
                kept.addLast(e);
                if (kept.size() > PageHistory.KEEP) {
                    kept.removeFirst();
                }
            }
        });
        List<Object> out = new ArrayList<>();
        kept.forEach(e -> out.add(EventJson.toMap(e)));
        return Json.write(out);
    }

    /** The page's transcript from the kept stream ({@link dev.baton.protocol.event.Conversation}), as JSON event records. */
    public String conversation(SessionId session) {
        java.util.Deque<EventRecord> kept = new java.util.ArrayDeque<>();
        forEach(session, e -> {
            if (dev.baton.protocol.event.Conversation.shown(e.event())) {
                kept.addLast(e);
                if (kept.size() > dev.baton.protocol.event.Conversation.KEEP) {
                    kept.removeFirst();
                }
            }
        });
        List<Object> out = new ArrayList<>();
        kept.forEach(e -> out.add(EventJson.toMap(e)));
        return Json.write(out);
    }

    /** When the newest kept event of {@code session} happened: what a recap from the hub's copy is "as of". */
    public Optional<Instant> lastAt(SessionId session) {
        flush();
        return store.lastAt(session);
    }

    /** The core's tick: writes what is held, and forgets old events once a day. */
    public void tick() {
        flush();
        Instant now = clock.instant();
        if (keepDays <= 0 || (lastPurge != null && now.isBefore(lastPurge.plus(PURGE_EVERY)))) {
            return;
        }
        lastPurge = now;
        int forgotten = store.forgetBefore(now.minus(Duration.ofDays(keepDays)));
        if (forgotten > 0) {
            log.info("forgot {} session events older than {} days ([hub] keep_events_days)", forgotten, keepDays);
        }
    }
}
