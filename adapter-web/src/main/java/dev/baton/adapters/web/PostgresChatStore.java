package dev.baton.adapters.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
 * {@link ChatStore} on PostgreSQL, in the hub's database ({@code [hub] store = "postgresql"}), over a HikariCP pool;
 * schema by Flyway ({@code db/webchat/postgresql}). The SQL is {@link SqliteChatStore}'s; every method holds this
 * object's lock, as there, so messages are numbered in the order they are stored.
 */
final class PostgresChatStore implements ChatStore {
    private static final String COLUMNS =
            "id, channel, thread, user_name, text, created, kind, post, badge, visible_to, edited";

    private final HikariDataSource pool;
    private final Clock clock;

    private PostgresChatStore(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Connects to {@code jdbcUrl}, migrates the chat's tables and makes the default channel. */
    static PostgresChatStore open(String jdbcUrl, Clock clock) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("baton-webchat");
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(3_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new WebChatException("cannot reach the web chat's PostgreSQL store", e);
        }
        try {
            ChatMigrations.migrate(pool, "postgresql");
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        PostgresChatStore store = new PostgresChatStore(pool, clock);
        store.createChannel(DEFAULT_CHANNEL);
        return store;
    }

    @Override
    public synchronized List<Channel> channels() {
        return query("list channels", "SELECT id, name FROM channels ORDER BY name COLLATE \"C\"",
                rs -> new Channel(rs.getString(1), rs.getString(2)));
    }

    @Override
    public synchronized Optional<Channel> channel(String id) {
        return query("read a channel", "SELECT id, name FROM channels WHERE id = ?",
                rs -> new Channel(rs.getString(1), rs.getString(2)), id).stream().findFirst();
    }

    @Override
    public synchronized boolean createChannel(String name) {
        try (Connection db = pool.getConnection(); PreparedStatement q = db.prepareStatement(
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
        long id;
        try (Connection db = pool.getConnection()) {
            db.setAutoCommit(false);
            try {
                try (PreparedStatement q = db.prepareStatement("INSERT INTO messages(channel, thread, user_name, text,"
                        + " created, kind, post, visible_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                    q.setString(1, m.channel());
                    q.setObject(2, m.thread().map(Long::parseLong).orElse(null), java.sql.Types.BIGINT);
                    q.setString(3, storable(m.user()));
                    q.setString(4, storable(m.text()));
                    q.setLong(5, micros(clock.instant()));
                    q.setString(6, m.kind().wire());
                    q.setString(7, m.post().map(PostgresChatStore::storable).orElse(null));
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
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("store a message", e);
        }
        return message(Long.toString(id)).orElseThrow();
    }

    @Override
    public synchronized Optional<StoredMessage> message(String id) {
        return rowId(id).flatMap(row -> select("WHERE id = ?", row).stream().findFirst());
    }

    @Override
    public synchronized Optional<StoredMessage> root(String channel, String thread) {
        return message(thread).filter(m -> m.isRoot() && m.channel().equals(channel));
    }

    @Override
    public synchronized List<ThreadSummary> roots(String channel, Optional<String> viewer) {
        Map<String, ThreadSummary> activity = new HashMap<>();
        query("count replies", "SELECT thread, COUNT(*) - 1, MAX(created) FROM messages"
                + " WHERE channel = ? AND (visible_to IS NULL OR visible_to = ?) GROUP BY thread",
                rs -> activity.put(Long.toString(rs.getLong(1)), new ThreadSummary(null, rs.getInt(2), fromMicros(rs.getLong(3)))),
                channel, viewer.orElse(null));
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

    @Override
    public synchronized List<StoredMessage> thread(String thread, Optional<String> viewer) {
        return select("WHERE thread = ? ORDER BY id", rowId(thread).orElse(-1L)).stream()
                .filter(m -> m.visibleTo(viewer))
                .toList();
    }

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
        int changed;
        try (Connection db = pool.getConnection(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setString(i + 1, values[i] == null ? null : storable(values[i]));
            }
            q.setLong(values.length + 1, rowId.get());
            changed = q.executeUpdate();
        } catch (SQLException e) {
            throw failed("change a message", e);
        }
        return changed == 1 ? message(id) : Optional.empty();
    }

    private List<StoredMessage> select(String where, Object parameter) {
        return query("read messages", "SELECT " + COLUMNS + " FROM messages " + where,
                rs -> new StoredMessage(Long.toString(rs.getLong(1)), rs.getString(2),
                        Long.toString(rs.getLong(3)), rs.getString(4), rs.getString(5),
                        fromMicros(rs.getLong(6)), MessageKind.fromWire(rs.getString(7)),
                        Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9)),
                        Optional.ofNullable(rs.getString(10)), rs.getInt(11) != 0), parameter);
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String what, String sql, Row<T> row, Object... args) {
        try (Connection db = pool.getConnection(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** PostgreSQL's text cannot hold U+0000 (webchat.db's can): it is kept as U+FFFD, so the write never fails. */
    static String storable(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    private static Optional<Long> rowId(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    private static WebChatException failed(String what, SQLException e) {
        return new WebChatException("web chat store: cannot " + what, e);
    }

    @Override
    public synchronized void close() {
        pool.close();
    }

    /** Message times are kept in microseconds, as in {@code webchat.db}. */
    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
