package dev.baton.daemon.store;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.id.SessionId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Sessions and their events. Writes are queued to one writer thread and applied in order; {@link #flush()}
 * waits for them. Reads see everything flushed. Owned by the daemon, which closes it last.
 */
public interface StateStore extends AutoCloseable {

    static StateStore openSqlite(Path file) {
        return SqliteStateStore.open(file);
    }

    /** Inserts a new session row synchronously (so a clash is reported to the caller). */
    void insert(SessionRow row);

    /** Queues an update of a session row. */
    void update(SessionRow row);

    /** Queues an event. */
    void append(EventRecord event);

    /** Waits until every queued write is committed. */
    void flush();

    List<SessionRow> sessions();

    /**
     * Sessions whose name, repo, branch, owner, goal, or the text or sender of a turn or input contains
     * {@code query}, case-insensitively; oldest first.
     */
    List<SessionRow> matching(String query);

    /** The most recent session with this name. */
    Optional<SessionRow> byName(String name);

    /** Events with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
    List<EventRecord> events(SessionId session, long afterSeq, int limit);

    long lastSeq(SessionId session);

    /** A small persisted value (e.g. the daemon's id, the last hub message applied). */
    Optional<String> meta(String key);

    /** Queues a write of a persisted value. */
    void putMeta(String key, String value);

    @Override
    void close();
}
