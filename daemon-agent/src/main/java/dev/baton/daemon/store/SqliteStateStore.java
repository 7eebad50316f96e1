package dev.baton.daemon.store;

import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.SessionState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link StateStore} on sqlite in WAL mode: one {@link SqliteWriter} thread, one read connection. */
final class SqliteStateStore implements StateStore {
    private static final String COLUMNS = "id, name, agent, repo, base_branch, branch, worktree, prompt, owner,"
            + " state, exit_code, created_at, ended_at, log_path, pid, worktree_removed";
    private final Connection reader;
    private final SqliteWriter writer;

    private SqliteStateStore(Connection reader, SqliteWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    static SqliteStateStore open(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            String url = "jdbc:sqlite:" + file;
            Connection write = DriverManager.getConnection(url);
            try (Statement st = write.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA busy_timeout=5000");
                st.execute("CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                        + " agent TEXT NOT NULL, repo TEXT NOT NULL, base_branch TEXT NOT NULL, branch TEXT NOT NULL,"
                        + " worktree TEXT NOT NULL, prompt TEXT NOT NULL, owner TEXT NOT NULL, state TEXT NOT NULL,"
                        + " exit_code INTEGER, created_at INTEGER NOT NULL, ended_at INTEGER, log_path TEXT NOT NULL,"
                        + " pid INTEGER NOT NULL DEFAULT 0, worktree_removed INTEGER NOT NULL DEFAULT 0)");
                st.execute("CREATE INDEX IF NOT EXISTS sessions_by_name ON sessions(name, created_at)");
                st.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS events (session_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                        + " at INTEGER NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (session_id, seq))");
            }
            Connection read = DriverManager.getConnection(url);
            try (Statement st = read.createStatement()) {
                st.execute("PRAGMA busy_timeout=5000");
            }
            return new SqliteStateStore(read, SqliteWriter.start(write));
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void insert(SessionRow row) {
        writer.submitAndWait(c -> upsert(c, row));
    }

    @Override
    public void update(SessionRow row) {
        writer.submit(c -> upsert(c, row));
    }

    @Override
    public void append(EventRecord event) {
        writer.submit(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO events (session_id, seq, at, type, body) VALUES (?,?,?,?,?)")) {
                ps.setString(1, event.session().value());
                ps.setLong(2, event.seq());
                ps.setLong(3, event.at().toEpochMilli());
                ps.setString(4, event.event().type());
                ps.setString(5, Json.write(EventJson.body(event.event())));
                ps.executeUpdate();
            }
        });
    }

    private static void upsert(Connection c, SessionRow r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sessions (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, r.id().value());
            ps.setString(2, r.name());
            ps.setString(3, r.agent());
            ps.setString(4, r.repo());
            ps.setString(5, r.baseBranch());
            ps.setString(6, r.branch());
            ps.setString(7, r.worktree());
            ps.setString(8, r.prompt());
            ps.setString(9, r.owner());
            ps.setString(10, r.state().wire());
            ps.setObject(11, r.exitCode());
            ps.setLong(12, r.createdAt().toEpochMilli());
            ps.setObject(13, r.endedAt() == null ? null : r.endedAt().toEpochMilli());
            ps.setString(14, r.logPath());
            ps.setLong(15, r.pid());
            ps.setInt(16, r.worktreeRemoved() ? 1 : 0);
            ps.executeUpdate();
        }
    }

    @Override
    public void flush() {
        writer.submitAndWait(c -> {});
    }

    @Override
    public synchronized List<SessionRow> sessions() {
        return query("SELECT " + COLUMNS + " FROM sessions ORDER BY created_at");
    }

    @Override
    public synchronized Optional<SessionRow> byName(String name) {
        List<SessionRow> rows = query("SELECT " + COLUMNS + " FROM sessions WHERE name = ? ORDER BY created_at DESC LIMIT 1", name);
        return rows.stream().findFirst();
    }

    @Override
    public synchronized List<SessionRow> matching(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return query("SELECT " + COLUMNS + " FROM sessions s WHERE " + FOUND_IN_ROW + " OR EXISTS (SELECT 1 FROM events e"
                + " WHERE e.session_id = s.id AND e.type IN ('turn_queued', 'input', 'created') AND " + FOUND_IN_EVENT + ")"
                + " ORDER BY created_at", q, q, q, q, q, q, q, q);
    }

    private static final String FOUND_IN_ROW = "(instr(lower(name), ?) > 0 OR instr(lower(repo), ?) > 0"
            + " OR instr(lower(branch), ?) > 0 OR instr(lower(owner), ?) > 0 OR instr(lower(prompt), ?) > 0)";
    private static final String FOUND_IN_EVENT = "(instr(lower(coalesce(json_extract(e.body, '$.text'), '')), ?) > 0"
            + " OR instr(lower(coalesce(json_extract(e.body, '$.sender'), '')), ?) > 0"
            + " OR instr(lower(coalesce(json_extract(e.body, '$.prompt'), '')), ?) > 0)";

    private List<SessionRow> query(String sql, String... args) {
        try (PreparedStatement ps = reader.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<SessionRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ended = rs.getLong(13);
                    boolean endedNull = rs.wasNull();
                    int code = rs.getInt(11);
                    boolean codeNull = rs.wasNull();
                    out.add(new SessionRow(new SessionId(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), SessionState.fromWire(rs.getString(10)), codeNull ? null : code,
                            Instant.ofEpochMilli(rs.getLong(12)), endedNull ? null : Instant.ofEpochMilli(ended),
                            rs.getString(14), rs.getLong(15), rs.getInt(16) != 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading sessions failed", e);
        }
    }

    @Override
    public synchronized List<EventRecord> events(SessionId session, long afterSeq, int limit) {
        try (PreparedStatement ps = reader.prepareStatement(
                "SELECT seq, at, type, body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
            ps.setString(1, session.value());
            ps.setLong(2, afterSeq);
            ps.setInt(3, limit);
            List<EventRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventRecord(session, rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                            EventJson.event(utf8(rs, 3), Fields.of(Json.parseObject(utf8(rs, 4))))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading events failed", e);
        }
    }

    /**
     * A text column as a string: its UTF-8 bytes in one copy, then decoded. The driver's {@code getString} goes
     * through a direct buffer and a second copy, which is a third of reading a long session's events.
     */
    private static String utf8(ResultSet rs, int column) throws SQLException {
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized long lastSeq(SessionId session) {
        try (PreparedStatement ps = reader.prepareStatement("SELECT MAX(seq) FROM events WHERE session_id = ?")) {
            ps.setString(1, session.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("reading events failed", e);
        }
    }

    @Override
    public synchronized Optional<String> meta(String key) {
        try (PreparedStatement ps = reader.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading meta failed", e);
        }
    }

    @Override
    public void putMeta(String key, String value) {
        writer.submit(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        writer.close();
        try {
            reader.close();
        } catch (SQLException e) {
            // closing: nothing left to lose
        }
    }
}
