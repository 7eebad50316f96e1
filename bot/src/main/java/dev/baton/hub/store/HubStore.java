package dev.baton.hub.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * {@code hub.db}: one connection, one writer (callers are serialized by the hub core; {@link Sql}'s lock guards the
 * rest). Chat-speed writes are small and synchronous so that an acknowledged message is on disk. This class keeps
 * daemons, their outboxes, sessions, turns, prompts, facts and names; {@link #access()} and {@link #mirroring()}
 * keep the other tables.
 */
public final class HubStore implements AutoCloseable {
    private static final String SESSION_COLUMNS = "id, name, daemon, agent, repo, base_branch, branch, state, attention,"
            + " owner_key, owner_name, prompt, thread, card, turns, last_seq, created_at";
    private static final String TURN_COLUMNS = "id, session, number, sender, text, message";
    private final Sql sql;
    private final AccessStore access;
    private final MirrorStore mirroring;
    private final java.util.Map<String, Long> nextNumber = new java.util.concurrent.ConcurrentHashMap<>();

    private HubStore(Connection db) {
        this.sql = new Sql(db);
        this.access = new AccessStore(sql);
        this.mirroring = new MirrorStore(sql);
    }

    /** Visibility, shares and the audit trail. */
    public AccessStore access() {
        return access;
    }

    /** Mirror threads and their prompt cards. */
    public MirrorStore mirroring() {
        return mirroring;
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

    public void putDaemon(String name, String tokenHash, long now) {
        update("INSERT OR REPLACE INTO daemons (name, token_hash, created_at) VALUES (?, ?, ?)", name, tokenHash, now);
    }

    public Optional<String> daemonTokenHash(String name) {
        return strings("SELECT token_hash FROM daemons WHERE name = ?", name).stream().findFirst();
    }

    public List<String> daemonNames() {
        return strings("SELECT name FROM daemons ORDER BY name");
    }

    // ---- outbox ----------------------------------------------------------------------------------------

    /** Numbers and keeps a frame for {@code daemon} in one transaction; returns its number. */
    public long enqueue(String daemon, java.util.function.LongFunction<String> frame) {
        return sql.transaction(() -> {
            long n = nextNumber.computeIfAbsent(daemon, d -> {
                List<String> next = strings("SELECT next_n FROM links WHERE daemon = ?", d);
                return next.isEmpty() ? 1L : Long.parseLong(next.get(0));
            });
            update("INSERT OR REPLACE INTO links (daemon, next_n) VALUES (?, ?)", daemon, n + 1);
            update("INSERT INTO outbox (daemon, n, frame) VALUES (?, ?, ?)", daemon, n, frame.apply(n));
            nextNumber.put(daemon, n + 1);
            return n;
        });
    }

    public void acked(String daemon, long upTo) {
        update("DELETE FROM outbox WHERE daemon = ? AND n <= ?", daemon, upTo);
    }

    public List<String> unacked(String daemon) {
        return strings("SELECT frame FROM outbox WHERE daemon = ? ORDER BY n", daemon);
    }

    // ---- sessions and turns ----------------------------------------------------------------------------

    public void putSession(HubSessionRow r) {
        update("INSERT OR REPLACE INTO sessions (" + SESSION_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                r.id(), r.name(), r.daemon(), r.agent(), r.repo(), r.baseBranch(), r.branch(), r.state(), r.attention(),
                r.ownerKey(), r.ownerName(), r.prompt(), r.thread(), r.card(), r.turns(), r.lastSeq(), r.createdAt());
    }

    public List<HubSessionRow> sessions() {
        return sql.rows("SELECT " + SESSION_COLUMNS + " FROM sessions ORDER BY created_at",
                rs -> new HubSessionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getLong(15), rs.getLong(16), rs.getLong(17)));
    }

    public void putTurn(TurnRow t) {
        update("INSERT OR REPLACE INTO turns (id, session, number, sender, text, message) VALUES (?,?,?,?,?,?)",
                t.id(), t.session(), t.number(), t.sender(), t.text(), t.message());
    }

    /** A session's turns in order. */
    public List<TurnRow> turns(String session) {
        return sql.rows("SELECT " + TURN_COLUMNS + " FROM turns WHERE session = ? ORDER BY number", HubStore::turn, session);
    }

    public Optional<TurnRow> turn(String id) {
        return sql.rows("SELECT " + TURN_COLUMNS + " FROM turns WHERE id = ?", HubStore::turn, id).stream().findFirst();
    }

    private static TurnRow turn(java.sql.ResultSet rs) throws SQLException {
        return new TurnRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    public void putPrompt(PromptRow p) {
        update("INSERT OR REPLACE INTO prompts (id, session, card, hash, tool, detail, question, options, state,"
                + " answered_by, decision, answered_at, opened_at, pings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                p.id(), p.session(), p.card(), p.hash(), p.tool(), p.detail(), p.question(), String.join("\n", p.options()),
                p.state(), p.answeredBy(), p.decision(), p.answeredAt(), p.openedAt(), p.pings());
    }

    /** Prompts by id, or all open ones with {@code id == null}. */
    public List<PromptRow> prompts(String id) {
        String query = "SELECT id, session, card, hash, tool, detail, question, options, state, answered_by, decision,"
                + " answered_at, opened_at, pings FROM prompts WHERE " + (id == null ? "state = 'open'" : "id = ?");
        return sql.rows(query, rs -> {
            String options = rs.getString(8);
            return new PromptRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), options.isEmpty() ? List.of() : List.of(options.split("\n")),
                    rs.getString(9), rs.getString(10), rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getInt(14));
        }, id == null ? new Object[0] : new Object[] {id});
    }

    /** Ids of the sessions with a turn whose text or sender contains {@code query}, case-insensitively. */
    public List<String> sessionsWithTurnsMatching(String query) {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return strings("SELECT DISTINCT session FROM turns WHERE instr(lower(text), ?) > 0 OR instr(lower(sender), ?) > 0", q, q);
    }

    /** A fact about a session that is not a column of its row, e.g. {@code mode} (the sandbox mode in force). */
    public void putFact(String session, String key, String value) {
        update("INSERT OR REPLACE INTO session_facts (session, key, value) VALUES (?, ?, ?)", session, key, value);
    }

    public java.util.Optional<String> fact(String session, String key) {
        return strings("SELECT value FROM session_facts WHERE session = ? AND key = ?", session, key).stream().findFirst();
    }

    /** Who sent the session's latest turn, if anyone. */
    public java.util.Optional<String> lastTurnSender(String session) {
        return strings("SELECT sender FROM turns WHERE session = ? ORDER BY number DESC LIMIT 1", session).stream().findFirst();
    }

    // ---- people: the display name last seen for a user key, so records that keep keys can show names ----

    public void putName(String userKey, String name) {
        update("INSERT OR REPLACE INTO people (user_key, name) VALUES (?, ?)", userKey, name);
    }

    /** {@code Bob (slack)} for {@code slack:U0BOB}: the name last seen, else the id, and the platform. */
    public String who(String userKey) {
        int colon = userKey.indexOf(':');
        List<String> names = strings("SELECT name FROM people WHERE user_key = ?", userKey);
        String name = names.isEmpty() ? userKey.substring(colon + 1) : names.getFirst();
        return colon < 0 ? name : name + " (" + userKey.substring(0, colon) + ")";
    }

    /** The people who have sent turns in a session (its drivers), as user keys. */
    public List<String> turnSenders(String session) {
        return strings("SELECT DISTINCT sender FROM turns WHERE session = ?", session);
    }

    private void update(String statement, Object... args) {
        sql.update(statement, args);
    }

    private List<String> strings(String query, Object... args) {
        return sql.strings(query, args);
    }

    @Override
    public void close() {
        sql.close();
    }
}
