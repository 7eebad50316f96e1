package dev.baton.hub.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code hub.db}: one connection, one writer (callers are serialized by the hub core; the lock guards the rest).
 * Chat-speed writes are small and synchronous so that an acknowledged message is on disk.
 */
public final class HubStore implements AutoCloseable {
    private static final String SESSION_COLUMNS = "id, name, daemon, agent, repo, base_branch, branch, state, attention,"
            + " owner_key, owner_name, prompt, thread, card, turns, last_seq, created_at";
    private final Connection db;
    private final java.util.Map<String, Long> nextNumber = new java.util.HashMap<>();

    private HubStore(Connection db) {
        this.db = db;
    }

    public static HubStore open(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA busy_timeout=5000");
                st.execute("CREATE TABLE IF NOT EXISTS daemons (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL, created_at INTEGER NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS links (daemon TEXT PRIMARY KEY, next_n INTEGER NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS outbox (daemon TEXT NOT NULL, n INTEGER NOT NULL, frame TEXT NOT NULL,"
                        + " PRIMARY KEY (daemon, n))");
                st.execute("CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL, daemon TEXT NOT NULL,"
                        + " agent TEXT NOT NULL, repo TEXT NOT NULL, base_branch TEXT NOT NULL, branch TEXT NOT NULL,"
                        + " state TEXT NOT NULL, attention TEXT NOT NULL, owner_key TEXT NOT NULL, owner_name TEXT NOT NULL,"
                        + " prompt TEXT NOT NULL, thread TEXT NOT NULL, card TEXT NOT NULL, turns INTEGER NOT NULL,"
                        + " last_seq INTEGER NOT NULL, created_at INTEGER NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS prompts (id TEXT PRIMARY KEY, session TEXT NOT NULL, card TEXT NOT NULL,"
                        + " hash TEXT NOT NULL, tool TEXT NOT NULL, detail TEXT NOT NULL, question TEXT NOT NULL,"
                        + " options TEXT NOT NULL, state TEXT NOT NULL, answered_by TEXT NOT NULL, decision TEXT NOT NULL,"
                        + " answered_at INTEGER NOT NULL, opened_at INTEGER NOT NULL, pings INTEGER NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS turns (id TEXT PRIMARY KEY, session TEXT NOT NULL, number INTEGER NOT NULL,"
                        + " sender TEXT NOT NULL, text TEXT NOT NULL, message TEXT NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS people (user_key TEXT PRIMARY KEY, name TEXT NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS mirrors (session TEXT NOT NULL, thread TEXT NOT NULL, card TEXT NOT NULL,"
                        + " added_by TEXT NOT NULL, added_at INTEGER NOT NULL, PRIMARY KEY (session, thread))");
                st.execute("CREATE TABLE IF NOT EXISTS mirror_cards (prompt TEXT NOT NULL, thread TEXT NOT NULL,"
                        + " card TEXT NOT NULL, PRIMARY KEY (prompt, thread))");
                st.execute("CREATE TABLE IF NOT EXISTS visibility (session TEXT PRIMARY KEY, visibility TEXT NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS shares (session TEXT NOT NULL, user_key TEXT NOT NULL,"
                        + " user_name TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (session, user_key))");
                st.execute("CREATE TABLE IF NOT EXISTS session_facts (session TEXT NOT NULL, key TEXT NOT NULL,"
                        + " value TEXT NOT NULL, PRIMARY KEY (session, key))");
                st.execute("CREATE TABLE IF NOT EXISTS audit (session TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL,"
                        + " actor TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL,"
                        + " PRIMARY KEY (session, seq))");
            }
            return new HubStore(c);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- daemons ---------------------------------------------------------------------------------------

    public synchronized void putDaemon(String name, String tokenHash, long now) {
        update("INSERT OR REPLACE INTO daemons (name, token_hash, created_at) VALUES (?, ?, ?)", name, tokenHash, now);
    }

    public synchronized Optional<String> daemonTokenHash(String name) {
        return strings("SELECT token_hash FROM daemons WHERE name = ?", name).stream().findFirst();
    }

    public synchronized List<String> daemonNames() {
        return strings("SELECT name FROM daemons ORDER BY name");
    }

    // ---- outbox ----------------------------------------------------------------------------------------

    /** Numbers and keeps a frame for {@code daemon} in one transaction; returns its number. */
    public synchronized long enqueue(String daemon, java.util.function.LongFunction<String> frame) {
        long n = nextNumber.computeIfAbsent(daemon, d -> {
            List<String> next = strings("SELECT next_n FROM links WHERE daemon = ?", d);
            return next.isEmpty() ? 1L : Long.parseLong(next.get(0));
        });
        try {
            db.setAutoCommit(false);
            update("INSERT OR REPLACE INTO links (daemon, next_n) VALUES (?, ?)", daemon, n + 1);
            update("INSERT INTO outbox (daemon, n, frame) VALUES (?, ?, ?)", daemon, n, frame.apply(n));
            db.commit();
            nextNumber.put(daemon, n + 1);
            return n;
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("hub.db write failed: " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // next write will report it
            }
        }
    }

    public synchronized void acked(String daemon, long upTo) {
        update("DELETE FROM outbox WHERE daemon = ? AND n <= ?", daemon, upTo);
    }

    public synchronized List<String> unacked(String daemon) {
        return strings("SELECT frame FROM outbox WHERE daemon = ? ORDER BY n", daemon);
    }

    // ---- sessions and turns ----------------------------------------------------------------------------

    public synchronized void putSession(HubSessionRow r) {
        update("INSERT OR REPLACE INTO sessions (" + SESSION_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                r.id(), r.name(), r.daemon(), r.agent(), r.repo(), r.baseBranch(), r.branch(), r.state(), r.attention(),
                r.ownerKey(), r.ownerName(), r.prompt(), r.thread(), r.card(), r.turns(), r.lastSeq(), r.createdAt());
    }

    public synchronized List<HubSessionRow> sessions() {
        List<HubSessionRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + SESSION_COLUMNS + " FROM sessions ORDER BY created_at");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new HubSessionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getLong(15), rs.getLong(16), rs.getLong(17)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading sessions failed: " + e.getMessage(), e);
        }
    }

    public synchronized void putTurn(TurnRow t) {
        update("INSERT OR REPLACE INTO turns (id, session, number, sender, text, message) VALUES (?,?,?,?,?,?)",
                t.id(), t.session(), t.number(), t.sender(), t.text(), t.message());
    }

    /** A session's turns in order. */
    public synchronized List<TurnRow> turns(String session) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id, session, number, sender, text, message FROM turns WHERE session = ? ORDER BY number")) {
            ps.setString(1, session);
            List<TurnRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TurnRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading turns failed: " + e.getMessage(), e);
        }
    }

    public synchronized Optional<TurnRow> turn(String id) {
        try (PreparedStatement ps = db.prepareStatement("SELECT id, session, number, sender, text, message FROM turns WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new TurnRow(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading turns failed: " + e.getMessage(), e);
        }
    }

    public synchronized void putPrompt(PromptRow p) {
        update("INSERT OR REPLACE INTO prompts (id, session, card, hash, tool, detail, question, options, state,"
                + " answered_by, decision, answered_at, opened_at, pings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                p.id(), p.session(), p.card(), p.hash(), p.tool(), p.detail(), p.question(), String.join("\n", p.options()),
                p.state(), p.answeredBy(), p.decision(), p.answeredAt(), p.openedAt(), p.pings());
    }

    /** Prompts by id, or all open ones with {@code id == null}. */
    public synchronized List<PromptRow> prompts(String id) {
        String sql = "SELECT id, session, card, hash, tool, detail, question, options, state, answered_by, decision,"
                + " answered_at, opened_at, pings FROM prompts WHERE " + (id == null ? "state = 'open'" : "id = ?");
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            List<PromptRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String options = rs.getString(8);
                    out.add(new PromptRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7),
                            options.isEmpty() ? List.of() : List.of(options.split("\n")), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getInt(14)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading prompts failed: " + e.getMessage(), e);
        }
    }

    /** Ids of the sessions with a turn whose text or sender contains {@code query}, case-insensitively. */
    public synchronized List<String> sessionsWithTurnsMatching(String query) {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return strings("SELECT DISTINCT session FROM turns WHERE instr(lower(text), ?) > 0 OR instr(lower(sender), ?) > 0", q, q);
    }

    /** A fact about a session that is not a column of its row, e.g. {@code mode} (the sandbox mode in force). */
    public synchronized void putFact(String session, String key, String value) {
        update("INSERT OR REPLACE INTO session_facts (session, key, value) VALUES (?, ?, ?)", session, key, value);
    }

    public synchronized java.util.Optional<String> fact(String session, String key) {
        return strings("SELECT value FROM session_facts WHERE session = ? AND key = ?", session, key).stream().findFirst();
    }

    /** Records an audit entry once per (session, seq). */
    public synchronized void putAudit(AuditRow a) {
        update("INSERT OR IGNORE INTO audit (session, seq, at, actor, action, outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                a.session(), a.seq(), a.at(), a.actor(), a.action(), a.outcome(), a.reason());
    }

    /** A session's audit trail, oldest first. */
    public synchronized List<AuditRow> audit(String session) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT seq, at, actor, action, outcome, reason FROM audit WHERE session = ? ORDER BY seq")) {
            ps.setString(1, session);
            List<AuditRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditRow(session, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("hub.db read failed: " + e.getMessage(), e);
        }
    }

    /** Who sent the session's latest turn, if anyone. */
    public synchronized java.util.Optional<String> lastTurnSender(String session) {
        return strings("SELECT sender FROM turns WHERE session = ? ORDER BY number DESC LIMIT 1", session).stream().findFirst();
    }

    // ---- people: the display name last seen for a user key, so records that keep keys can show names ----

    public synchronized void putName(String userKey, String name) {
        update("INSERT OR REPLACE INTO people (user_key, name) VALUES (?, ?)", userKey, name);
    }

    /** {@code Bob (slack)} for {@code slack:U0BOB}: the name last seen, else the id, and the platform. */
    public synchronized String who(String userKey) {
        int colon = userKey.indexOf(':');
        List<String> names = strings("SELECT name FROM people WHERE user_key = ?", userKey);
        String name = names.isEmpty() ? userKey.substring(colon + 1) : names.getFirst();
        return colon < 0 ? name : name + " (" + userKey.substring(0, colon) + ")";
    }

    // ---- mirrors: more threads bound to one session -----------------------------------------------------

    public synchronized void putMirror(MirrorRow m) {
        update("INSERT OR REPLACE INTO mirrors (session, thread, card, added_by, added_at) VALUES (?,?,?,?,?)",
                m.session(), m.thread(), m.card(), m.addedBy(), m.addedAt());
    }

    public synchronized void removeMirror(String session, String thread) {
        update("DELETE FROM mirrors WHERE session = ? AND thread = ?", session, thread);
    }

    /** Every mirror, oldest first. */
    public synchronized List<MirrorRow> mirrors() {
        return strings("SELECT session || char(31) || thread || char(31) || card || char(31) || added_by || char(31)"
                + " || added_at FROM mirrors ORDER BY added_at").stream().map(r -> r.split("\u001f", -1))
                .map(f -> new MirrorRow(f[0], f[1], f[2], f[3], Long.parseLong(f[4]))).toList();
    }

    /** A prompt's card in a mirror thread, so an answer from anywhere updates it there too. */
    public synchronized void putMirrorCard(String prompt, String thread, String card) {
        update("INSERT OR REPLACE INTO mirror_cards (prompt, thread, card) VALUES (?,?,?)", prompt, thread, card);
    }

    /** {@code thread} → card message id of a prompt's cards in mirror threads. */
    public synchronized java.util.Map<String, String> mirrorCards(String prompt) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        strings("SELECT thread || char(31) || card FROM mirror_cards WHERE prompt = ?", prompt).forEach(r -> {
            String[] f = r.split("\u001f", -1);
            out.put(f[0], f[1]);
        });
        return out;
    }

    /** The people who have sent turns in a session (its drivers), as user keys. */
    public synchronized List<String> turnSenders(String session) {
        return strings("SELECT DISTINCT sender FROM turns WHERE session = ?", session);
    }

    // ---- access: visibility and shares ---------------------------------------------------------------

    /** The session's visibility ({@code private}, {@code shared}, {@code channel}) if it was ever set. */
    public synchronized Optional<String> visibility(String session) {
        return strings("SELECT visibility FROM visibility WHERE session = ?", session).stream().findFirst();
    }

    public synchronized void putVisibility(String session, String visibility) {
        update("INSERT OR REPLACE INTO visibility (session, visibility) VALUES (?, ?)", session, visibility);
    }

    /** The session's named shares, as {@code [userKey, userName, role]}, in the order given. */
    public synchronized List<String[]> shares(String session) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT user_key, user_name, role FROM shares WHERE session = ? ORDER BY rowid")) {
            ps.setString(1, session);
            List<String[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading shares failed: " + e.getMessage(), e);
        }
    }

    public synchronized void putShare(String session, String userKey, String userName, String role) {
        update("INSERT OR REPLACE INTO shares (session, user_key, user_name, role) VALUES (?, ?, ?, ?)",
                session, userKey, userName, role);
    }

    /** Removes a share; returns whether there was one. */
    public synchronized boolean removeShare(String session, String userKey) {
        boolean had = !strings("SELECT role FROM shares WHERE session = ? AND user_key = ?", session, userKey).isEmpty();
        update("DELETE FROM shares WHERE session = ? AND user_key = ?", session, userKey);
        return had;
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("hub.db write failed: " + e.getMessage(), e);
        }
    }

    private List<String> strings(String sql, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("hub.db read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing
        }
    }
}
