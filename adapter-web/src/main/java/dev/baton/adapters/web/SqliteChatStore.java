package dev.baton.adapters.web;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ChatStore} in {@code webchat.db} (sqlite, WAL; schema by Flyway, {@link SqliteChatSchema}): one connection,
 * and every method holds this object's lock, so the file has exactly one writer. The caller owns the store and must {@link #close()} it.
 */
final class SqliteChatStore implements ChatStore {

    private static final String COLUMNS =
            "id, channel, thread, user_name, text, created, kind, post, badge, visible_to, edited";

    private final Connection db;
    private final Clock clock;

    private SqliteChatStore(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    static SqliteChatStore open(Path file, Clock clock) {
        SqliteChatStore store = new SqliteChatStore(SqliteChatSchema.open(file), clock);
        store.createChannel(DEFAULT_CHANNEL);
        return store;
    }

    @Override
    public synchronized List<Channel> channels() {
        List<Channel> out = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT id, name FROM channels ORDER BY name");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new Channel(rs.getString(1), rs.getString(2)));
            }
            return out;
        } catch (SQLException e) {
            throw failed("list channels", e);
        }
    }

    @Override
    public synchronized Optional<Channel> channel(String id) {
        try (PreparedStatement q = db.prepareStatement("SELECT id, name FROM channels WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new Channel(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read a channel", e);
        }
    }

    /** Creates the channel; false if it already existed. */
    @Override
    public synchronized boolean createChannel(String name) {
        try (PreparedStatement q = db.prepareStatement(
                "INSERT INTO channels(id, name, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            q.setString(1, name);
            q.setString(2, name);
            q.setLong(3, clock.millis());
            return q.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("create a channel", e);
        }
    }

    @Override
    public synchronized StoredMessage insert(NewMessage m) {
        try {
            db.setAutoCommit(false);
            long id;
            try (PreparedStatement q = db.prepareStatement("INSERT INTO messages(channel, thread, user_name, text,"
                    + " created, kind, post, visible_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                q.setString(1, m.channel());
                q.setObject(2, m.thread().map(Long::parseLong).orElse(null));
                q.setString(3, m.user());
                q.setString(4, m.text());
                q.setLong(5, micros(clock.instant()));
                q.setString(6, m.kind().wire());
                q.setString(7, m.post().orElse(null));
                q.setString(8, m.visibleTo().orElse(null));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            if (m.thread().isEmpty()) {
                try (PreparedStatement q = db.prepareStatement("UPDATE messages SET thread = id WHERE id = ?")) {
                    q.setLong(1, id);
                    q.executeUpdate();
                }
            }
            db.commit();
            return message(Long.toString(id)).orElseThrow();
        } catch (SQLException e) {
            rollback();
            throw failed("store a message", e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized Optional<StoredMessage> message(String id) {
        Optional<Long> rowId = rowId(id);
        if (rowId.isEmpty()) {
            return Optional.empty();
        }
        List<StoredMessage> found = select("WHERE id = ?", rowId.get());
        return found.stream().findFirst();
    }

    /** The root of thread {@code thread} in {@code channel}, if it exists there. */
    @Override
    public synchronized Optional<StoredMessage> root(String channel, String thread) {
        return message(thread).filter(m -> m.isRoot() && m.channel().equals(channel));
    }

    /** Roots of the channel's threads that {@code viewer} may see, newest activity first. */
    @Override
    public synchronized List<ThreadSummary> roots(String channel, Optional<String> viewer) {
        Map<String, ThreadSummary> activity = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT thread, COUNT(*) - 1, MAX(created) FROM messages"
                + " WHERE channel = ? AND (visible_to IS NULL OR visible_to = ?) GROUP BY thread")) {
            q.setString(1, channel);
            q.setString(2, viewer.orElse(null));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    activity.put(Long.toString(rs.getLong(1)),
                            new ThreadSummary(null, rs.getInt(2), fromMicros(rs.getLong(3))));
                }
            }
        } catch (SQLException e) {
            throw failed("count replies", e);
        }
        List<ThreadSummary> out = new ArrayList<>();
        for (StoredMessage root : select("WHERE channel = ? AND id = thread ORDER BY id", channel)) {
            ThreadSummary counted = activity.get(root.id());
            if (root.visibleTo(viewer) && counted != null) {
                out.add(new ThreadSummary(root, counted.replies(), counted.lastActivity()));
            }
        }
        out.sort(Comparator.comparing(ThreadSummary::lastActivity).reversed());
        return out;
    }

    /** The root, then its replies oldest first, without whispers meant for someone else. */
    @Override
    public synchronized List<StoredMessage> thread(String thread, Optional<String> viewer) {
        return select("WHERE thread = ? ORDER BY id", rowId(thread).orElse(-1L)).stream()
                .filter(m -> m.visibleTo(viewer))
                .toList();
    }

    /** Replaces a message's content and marks it edited; empty if there is no such message. */
    @Override
    public synchronized Optional<StoredMessage> edit(String id, String text, String post) {
        return change(id, "UPDATE messages SET text = ?, post = ?, edited = 1 WHERE id = ?", text, post);
    }

    @Override
    public synchronized Optional<StoredMessage> badge(String id, String badge) {
        return change(id, "UPDATE messages SET badge = ? WHERE id = ?", badge);
    }

    private Optional<StoredMessage> change(String id, String sql, String... values) {
        Optional<Long> rowId = rowId(id);
        if (rowId.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setString(i + 1, values[i]);
            }
            q.setLong(values.length + 1, rowId.get());
            return q.executeUpdate() == 1 ? message(id) : Optional.empty();
        } catch (SQLException e) {
            throw failed("change a message", e);
        }
    }

    private List<StoredMessage> select(String where, Object parameter) {
        List<StoredMessage> out = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT " + COLUMNS + " FROM messages " + where)) {
            q.setObject(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredMessage(Long.toString(rs.getLong(1)), rs.getString(2),
                            Long.toString(rs.getLong(3)), rs.getString(4), rs.getString(5),
                            fromMicros(rs.getLong(6)), MessageKind.fromWire(rs.getString(7)),
                            Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9)),
                            Optional.ofNullable(rs.getString(10)), rs.getInt(11) != 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read messages", e);
        }
    }

    private static Optional<Long> rowId(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw failed("end a transaction", e);
        }
    }

    private static WebChatException failed(String what, SQLException e) {
        return new WebChatException("web chat store: cannot " + what, e);
    }

    @Override
    public synchronized void close() {
        try {
            if (!db.isClosed()) {
                db.close();
            }
        } catch (SQLException e) {
            throw failed("close", e);
        }
    }

    /** Message times are kept in microseconds, so latency can be measured from the moment a message was stored. */
    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
