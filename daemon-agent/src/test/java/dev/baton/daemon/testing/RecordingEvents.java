package dev.baton.daemon.testing;

import dev.baton.daemon.session.output.SessionEvents;
import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A session's real event stream (a real {@code state.db} in a temp dir) that also keeps what was appended, in order. */
public final class RecordingEvents implements AutoCloseable {
    private final StateStore store;
    private final SessionEvents events;
    private final List<EventRecord> appended = new CopyOnWriteArrayList<>();

    private RecordingEvents(StateStore store, Clock clock, SessionId session) {
        this.store = store;
        this.events = new SessionEvents(session, store, clock, 0, appended::add);
    }

    public static RecordingEvents open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    public static RecordingEvents open(Path dir, Clock clock) {
        return open(dir, clock, SessionId.random());
    }

    /** The events of {@code session}, stamped by {@code clock}. */
    public static RecordingEvents open(Path dir, Clock clock, SessionId session) {
        return new RecordingEvents(StateStore.openSqlite(dir.resolve("state.db")), clock, session);
    }

    public SessionEvents events() {
        return events;
    }

    public StateStore store() {
        return store;
    }

    /** The events of {@code type} appended so far, oldest first. */
    public <T extends SessionEvent> List<T> all(Class<T> type) {
        return appended.stream().map(EventRecord::event).filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        store.close();
    }
}
