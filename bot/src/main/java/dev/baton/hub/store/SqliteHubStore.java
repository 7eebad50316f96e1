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
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;

/**
 * {@link HubStore} in {@code hub.db} (sqlite, WAL): one connection, one writer (callers are serialized by the hub core;
 * {@link Sql}'s lock guards the rest). Chat-speed writes are small and synchronous so that an acknowledged message is
 * on disk. Sessions are mapped to and from their columns here and nowhere else.
 */
public final class SqliteHubStore implements HubStore {
    private static final String SESSION_COLUMNS = "id, name, daemon, agent, repo, base_branch, branch, state, attention,"
            + " owner_key, owner_name, prompt, thread, card, turns, last_seq, created_at";
    private static final String NOT_STARTED = "not started";
    private static final String PROMPT_COLUMNS = "id, session, card, hash, tool, detail, question, options, state,"
            + " answered_by, decision, answered_at, opened_at, pings";
    private static final String TURN_COLUMNS = "id, session, number, sender, text, message";
    private final Sql sql;
    private final AccessStore access;
    private final MirrorStore mirroring;
    private final SessionEventStore events;
    private final UsageStore usage;
    private final java.util.Map<String, Long> nextNumber = new java.util.concurrent.ConcurrentHashMap<>();

    private SqliteHubStore(Connection db) {
        this.sql = new Sql(db);
        this.access = new SqliteAccessStore(sql);
        this.mirroring = new SqliteMirrorStore(sql);
        this.events = new JdbcSessionEventStore(sql);
        this.usage = new JdbcUsageStore(sql);
    }

    /** Visibility, shares and the audit trail. */
    @Override
    public AccessStore access() {
        return access;
    }

    /** Mirror threads and their prompt cards. */
    @Override
    public MirrorStore mirroring() {
        return mirroring;
    }

    @Override
    public SessionEventStore events() {
        return events;
    }

    @Override
    public UsageStore usage() {
        return usage;
    }

    /** Opens (creating, 0600) the store at {@code file}, its schema migrated by Flyway ({@link HubMigrations}). */
    public static SqliteHubStore open(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA busy_timeout=5000");
            }
            try {
                HubMigrations.migrate("jdbc:sqlite:" + file, HubMigrations.Dialect.SQLITE);
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
            return new SqliteHubStore(c);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- daemons ---------------------------------------------------------------------------------------

    @Override
    public void putDaemon(String name, String tokenHash, long now) {
        update("INSERT OR REPLACE INTO daemons (name, token_hash, created_at) VALUES (?, ?, ?)", name, tokenHash, now);
    }

    @Override
    public Optional<String> daemonTokenHash(String name) {
        return strings("SELECT token_hash FROM daemons WHERE name = ?", name).stream().findFirst();
    }

    @Override
    public List<String> daemonNames() {
        return strings("SELECT name FROM daemons ORDER BY name");
    }

    // ---- outbox ----------------------------------------------------------------------------------------

    /** Numbers and keeps a frame for {@code daemon} in one transaction; returns its number. */
    @Override
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

    @Override
    public void acked(String daemon, long upTo) {
        update("DELETE FROM outbox WHERE daemon = ? AND n <= ?", daemon, upTo);
    }

    @Override
    public List<String> unacked(String daemon) {
        return strings("SELECT frame FROM outbox WHERE daemon = ? ORDER BY n", daemon);
    }

    // ---- sessions and turns ----------------------------------------------------------------------------

    @Override
    public void putSession(HubSession s) {
        update("INSERT OR REPLACE INTO sessions (" + SESSION_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                s.id().value(), s.name(), s.daemon(), s.agent(), s.repo(), s.baseBranch(), s.branch(),
                s.startRefused() ? NOT_STARTED : s.state().wire(), s.attention(), s.ownerKey(), s.ownerName(), s.goal(),
                s.threadKey(), s.card().map(MessageRef::id).orElse(""), s.turns(), s.lastSeq(), s.createdAt());
    }

    @Override
    public List<HubSession> sessions() {
        return sql.rows("SELECT " + SESSION_COLUMNS + " FROM sessions ORDER BY created_at", SqliteHubStore::session);
    }

    /** A row of {@code sessions}; {@code not started} (a refused start) is the one state that is not a session state. */
    static HubSession session(java.sql.ResultSet rs) throws SQLException {
        String state = rs.getString(8);
        boolean refused = state.equals(NOT_STARTED);
        String ownerKey = rs.getString(10);
        String thread = rs.getString(13);
        String card = rs.getString(14);
        Optional<ChatUser> owner = ownerKey.isEmpty() ? Optional.empty() : Optional.of(new ChatUser(
                Platform.fromWire(ownerKey.substring(0, ownerKey.indexOf(':'))), ownerKey.substring(ownerKey.indexOf(':') + 1),
                rs.getString(11)));
        return new HubSession(new SessionId(rs.getString(1)), rs.getString(2), new Workplace(rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                refused ? SessionState.FAILED : SessionState.fromWire(state), refused, rs.getString(9), owner,
                rs.getString(12), thread.isEmpty() || card.isEmpty() ? Optional.empty()
                : Optional.of(new MessageRef(ThreadRef.parse(thread), card)), rs.getLong(15), rs.getLong(16), rs.getLong(17));
    }

    @Override
    public void putTurn(HubTurn t) {
        update("INSERT OR REPLACE INTO turns (id, session, number, sender, text, message) VALUES (?,?,?,?,?,?)",
                t.id(), t.session().value(), t.number(), t.senderKey(), t.text(),
                t.message().thread().key() + "#" + t.message().id());
    }

    /** A session's turns in order. */
    @Override
    public List<HubTurn> turns(SessionId session) {
        return sql.rows("SELECT " + TURN_COLUMNS + " FROM turns WHERE session = ? ORDER BY number", SqliteHubStore::turn,
                session.value());
    }

    @Override
    public Optional<HubTurn> turn(String id) {
        return sql.rows("SELECT " + TURN_COLUMNS + " FROM turns WHERE id = ?", SqliteHubStore::turn, id).stream().findFirst();
    }

    static HubTurn turn(java.sql.ResultSet rs) throws SQLException {
        String message = rs.getString(6);
        int hash = message.lastIndexOf('#');
        return new HubTurn(rs.getString(1), new SessionId(rs.getString(2)), rs.getLong(3), rs.getString(4), rs.getString(5),
                new MessageRef(ThreadRef.parse(message.substring(0, hash)), message.substring(hash + 1)));
    }

    @Override
    public void putPrompt(HubPrompt p) {
        Optional<HubPrompt.Answer> a = p.answer();
        update("INSERT OR REPLACE INTO prompts (id, session, card, hash, tool, detail, question, options, state,"
                + " answered_by, decision, answered_at, opened_at, pings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                p.id(), p.session().value(), p.card().orElse(""), p.inputHash(), p.tool(), p.detail(), p.question(),
                String.join("\n", p.options()), a.isPresent() ? "answered" : "open", a.map(HubPrompt.Answer::by).orElse(""),
                a.map(HubPrompt.Answer::how).orElse(""), a.map(HubPrompt.Answer::at).orElse(0L), p.openedAt(), p.pings());
    }

    @Override
    public Optional<HubPrompt> prompt(String id) {
        return sql.rows("SELECT " + PROMPT_COLUMNS + " FROM prompts WHERE id = ?", SqliteHubStore::prompt, id).stream()
                .findFirst();
    }

    @Override
    public List<HubPrompt> openPrompts() {
        return sql.rows("SELECT " + PROMPT_COLUMNS + " FROM prompts WHERE state = 'open' ORDER BY rowid",
                SqliteHubStore::prompt);
    }

    /** A row of {@code prompts}: {@code state} is {@code open} or {@code answered}, the answer's columns empty until then. */
    static HubPrompt prompt(java.sql.ResultSet rs) throws SQLException {
        String options = rs.getString(8);
        String card = rs.getString(3);
        Optional<HubPrompt.Answer> answer = rs.getString(9).equals("open") ? Optional.empty()
                : Optional.of(new HubPrompt.Answer(rs.getString(10), rs.getString(11), rs.getLong(12)));
        return new HubPrompt(rs.getString(1), new SessionId(rs.getString(2)), card.isEmpty() ? Optional.empty()
                : Optional.of(card), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                options.isEmpty() ? List.of() : List.of(options.split("\n")), answer, rs.getLong(13), rs.getInt(14));
    }

    /** Ids of the sessions with a turn whose text or sender contains {@code query}, case-insensitively. */
    @Override
    public List<String> sessionsWithTurnsMatching(String query) {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return strings("SELECT DISTINCT session FROM turns WHERE instr(lower(text), ?) > 0 OR instr(lower(sender), ?) > 0", q, q);
    }

    /** A fact about a session that is not a column of its row, e.g. {@code mode} (the sandbox mode in force). */
    @Override
    public void putFact(SessionId session, String key, String value) {
        update("INSERT OR REPLACE INTO session_facts (session, key, value) VALUES (?, ?, ?)", session.value(), key, value);
    }

    @Override
    public Optional<String> fact(SessionId session, String key) {
        return strings("SELECT value FROM session_facts WHERE session = ? AND key = ?", session.value(), key).stream().findFirst();
    }

    /** Who sent the session's latest turn, if anyone. */
    @Override
    public Optional<String> lastTurnSender(SessionId session) {
        return strings("SELECT sender FROM turns WHERE session = ? ORDER BY number DESC LIMIT 1", session.value()).stream().findFirst();
    }

    // ---- people: the display name last seen for a user key, so records that keep keys can show names ----

    @Override
    public void putName(String userKey, String name) {
        update("INSERT OR REPLACE INTO people (user_key, name) VALUES (?, ?)", userKey, name);
    }

    /** {@code Bob (slack)} for {@code slack:U0BOB}: the name last seen, else the id, and the platform. */
    @Override
    public String who(String userKey) {
        int colon = userKey.indexOf(':');
        List<String> names = strings("SELECT name FROM people WHERE user_key = ?", userKey);
        String name = names.isEmpty() ? userKey.substring(colon + 1) : names.getFirst();
        return colon < 0 ? name : name + " (" + userKey.substring(0, colon) + ")";
    }

    /** The people who have sent turns in a session (its drivers), as user keys. */
    @Override
    public List<String> turnSenders(SessionId session) {
        return strings("SELECT DISTINCT sender FROM turns WHERE session = ?", session.value());
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
