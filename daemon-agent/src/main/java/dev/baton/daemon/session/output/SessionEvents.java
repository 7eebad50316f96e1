package dev.baton.daemon.session.output;

import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A session's event stream: numbers each event, queues it to the store and hands it to followers. Only the
 * session's actor appends (before the actor starts, its creator does).
 */
public final class SessionEvents {
    private final SessionId session;
    private final StateStore store;
    private final Clock clock;
    private final java.util.function.Consumer<EventRecord> tap;
    private final List<Subscriber<EventRecord>> followers = new CopyOnWriteArrayList<>();
    private volatile long seq;

    public SessionEvents(SessionId session, StateStore store, Clock clock, long lastSeq,
                  java.util.function.Consumer<EventRecord> tap) {
        this.session = session;
        this.store = store;
        this.clock = clock;
        this.seq = lastSeq;
        this.tap = tap;
    }

    public EventRecord append(SessionEvent event) {
        EventRecord record = new EventRecord(session, ++seq, clock.instant(), event);
        store.append(record);
        tap.accept(record);
        for (Subscriber<EventRecord> f : followers) {
            if (!f.offer(record)) {
                followers.remove(f);
            }
        }
        return record;
    }

    public long lastSeq() {
        return seq;
    }

    /** Adds a follower; it receives every event after {@link #lastSeq()} as of now. */
    public void follow(Subscriber<EventRecord> sink) {
        followers.add(sink);
    }

    public void endFollowers(String reason) {
        followers.forEach(f -> f.end(reason));
        followers.clear();
    }
}
