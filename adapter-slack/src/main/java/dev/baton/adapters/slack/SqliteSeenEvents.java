package dev.baton.adapters.slack;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

/**
 * Slack event ids already handled, so an at-least-once delivery has one effect, also across restarts. One sqlite
 * file (mode 0600, WAL), one writer (this object); ids older than the TTL are forgotten.
 */
final class SqliteSeenEvents implements AutoCloseable {
    private final Connection db;
    private final Clock clock;
    private final Duration ttl;
    private int sincePurge;

    private SqliteSeenEvents(Connection db, Clock clock, Duration ttl) {
        this.db = db;
        this.clock = clock;
        this.ttl = ttl;
    }

    static SqliteSeenEvents open(Path file, Clock clock, Duration ttl) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException reopening) {
                // keep the file as it is
            }
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS seen_events(event_id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS seen_events_by_time ON seen_events(seen_at)");
            }
            return new SqliteSeenEvents(db, clock, ttl);
        } catch (SQLException | IOException e) {
            throw new SlackException("cannot open the Slack event store " + file, e);
        }
    }

    /** True the first time {@code eventId} is offered within the TTL; false for a redelivery. */
    synchronized boolean firstDelivery(String eventId) {
        long now = clock.millis();
        try {
            if (++sincePurge >= 100) {
                sincePurge = 0;
                purge(now);
            }
            try (PreparedStatement q = db.prepareStatement("SELECT seen_at FROM seen_events WHERE event_id = ?")) {
                q.setString(1, eventId);
                var rs = q.executeQuery();
                if (rs.next() && rs.getLong(1) >= now - ttl.toMillis()) {
                    return false;
                }
            }
            try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO seen_events VALUES (?, ?)")) {
                put.setString(1, eventId);
                put.setLong(2, now);
                put.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new SlackException("cannot record Slack event " + eventId, e);
        }
    }

    /** Forgets an id (its delivery was refused, e.g. the queue to the hub was full), so Slack's retry counts. */
    synchronized void forget(String eventId) {
        try (PreparedStatement del = db.prepareStatement("DELETE FROM seen_events WHERE event_id = ?")) {
            del.setString(1, eventId);
            del.executeUpdate();
        } catch (SQLException e) {
            throw new SlackException("cannot forget Slack event " + eventId, e);
        }
    }

    private void purge(long now) throws SQLException {
        try (PreparedStatement del = db.prepareStatement("DELETE FROM seen_events WHERE seen_at < ?")) {
            del.setLong(1, now - ttl.toMillis());
            del.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new SlackException("cannot close the Slack event store", e);
        }
    }
}
