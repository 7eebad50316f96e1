package dev.baton.hub.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.baton.chat.MessageRef;
import dev.baton.protocol.id.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * {@link HubStore} on PostgreSQL ({@code [hub] store = "postgresql"}): the tables of {@code hub.db}, migrated by Flyway
 * ({@code db/migration/postgresql}), over a HikariCP pool. Rows map to records with {@link SqliteHubStore}'s mappers,
 * so both stores read the same columns the same way; only the SQL dialect differs (upserts, no rowid).
 */
public final class PostgresHubStore implements HubStore {
    private static final String SESSION_COLUMNS = "id, name, daemon, agent, repo, base_branch, branch, state, attention,"
            + " owner_key, owner_name, prompt, thread, card, turns, last_seq, created_at";
    private static final String NOT_STARTED = "not started";
    private static final String PROMPT_COLUMNS = "id, session, card, hash, tool, detail, question, options, state,"
            + " answered_by, decision, answered_at, opened_at, pings";
    private static final String TURN_COLUMNS = "id, session, number, sender, text, message";
    private final PooledSql sql;
    private final AccessStore access;
    private final MirrorStore mirroring;
    private final SessionEventStore events;
    private final UsageStore usage;

    private PostgresHubStore(PooledSql sql) {
        this.sql = sql;
        this.access = new PostgresAccessStore(sql);
        this.mirroring = new PostgresMirrorStore(sql);
        this.events = new JdbcSessionEventStore(sql);
        this.usage = new JdbcUsageStore(sql);
    }

    /**
     * Connects to {@code jdbcUrl} ({@code jdbc:postgresql://…}) and migrates its schema. A server that cannot be reached
     * is an {@link IllegalStateException} naming the URL with its password masked.
     */
    public static PostgresHubStore open(String jdbcUrl) {
        String shown = dev.baton.config.StoreSettings.redacted(jdbcUrl);
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("[hub] store_url must be a jdbc:postgresql:// URL, got " + shown);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("baton-hub");
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(3_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot reach the hub's PostgreSQL store at " + shown + ": "
                    + rootMessage(e), e);
        }
        try {
            HubMigrations.migrate(pool, HubMigrations.Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PostgresHubStore(new PooledSql(pool));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return dev.baton.config.StoreSettings.redacted(String.valueOf(t.getMessage()));
    }

    @Override
    public AccessStore access() {
        return access;
    }

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

    @Override
    public void putDaemon(String name, String tokenHash, long now) {
        sql.update("INSERT INTO daemons (name, token_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (name)"
                + " DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at", name, tokenHash, now);
    }

    @Override
    public Optional<String> daemonTokenHash(String name) {
        return sql.strings("SELECT token_hash FROM daemons WHERE name = ?", name).stream().findFirst();
    }

    @Override
    public List<String> daemonNames() {
        return sql.strings("SELECT name FROM daemons ORDER BY name COLLATE \"C\""); // sqlite's byte order
    }

    /** Numbers the frame from {@code links} in the same transaction that keeps it: no number is given twice. */
    @Override
    public long enqueue(String daemon, java.util.function.LongFunction<String> frame) {
        return sql.transaction(() -> {
            long n = Long.parseLong(sql.strings("INSERT INTO links (daemon, next_n) VALUES (?, 2) ON CONFLICT (daemon)"
                    + " DO UPDATE SET next_n = links.next_n + 1 RETURNING next_n - 1", daemon).getFirst());
            sql.update("INSERT INTO outbox (daemon, n, frame) VALUES (?, ?, ?)", daemon, n, frame.apply(n));
            return n;
        });
    }

    @Override
    public void acked(String daemon, long upTo) {
        sql.update("DELETE FROM outbox WHERE daemon = ? AND n <= ?", daemon, upTo);
    }

    @Override
    public List<String> unacked(String daemon) {
        return sql.strings("SELECT frame FROM outbox WHERE daemon = ? ORDER BY n", daemon);
    }

    @Override
    public void putSession(HubSession s) {
        sql.update("INSERT INTO sessions (" + SESSION_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (id) DO UPDATE SET " + updates(SESSION_COLUMNS),
                s.id().value(), s.name(), s.daemon(), s.agent(), s.repo(), s.baseBranch(), s.branch(),
                s.startRefused() ? NOT_STARTED : s.state().wire(), s.attention(), s.ownerKey(), s.ownerName(), s.goal(),
                s.threadKey(), s.card().map(MessageRef::id).orElse(""), s.turns(), s.lastSeq(), s.createdAt());
    }

    @Override
    public List<HubSession> sessions() {
        return sql.rows("SELECT " + SESSION_COLUMNS + " FROM sessions ORDER BY created_at", SqliteHubStore::session);
    }

    @Override
    public void putTurn(HubTurn t) {
        sql.update("INSERT INTO turns (" + TURN_COLUMNS + ") VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                + updates(TURN_COLUMNS), t.id(), t.session().value(), t.number(), t.senderKey(), t.text(),
                t.message().thread().key() + "#" + t.message().id());
    }

    @Override
    public List<HubTurn> turns(SessionId session) {
        return sql.rows("SELECT " + TURN_COLUMNS + " FROM turns WHERE session = ? ORDER BY number", SqliteHubStore::turn,
                session.value());
    }

    @Override
    public Optional<HubTurn> turn(String id) {
        return sql.rows("SELECT " + TURN_COLUMNS + " FROM turns WHERE id = ?", SqliteHubStore::turn, id).stream().findFirst();
    }

    @Override
    public void putPrompt(HubPrompt p) {
        Optional<HubPrompt.Answer> a = p.answer();
        sql.update("INSERT INTO prompts (" + PROMPT_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id)"
                + " DO UPDATE SET " + updates(PROMPT_COLUMNS) + ", written = nextval('hub_write_order')",
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
        return sql.rows("SELECT " + PROMPT_COLUMNS + " FROM prompts WHERE state = 'open' ORDER BY written",
                SqliteHubStore::prompt);
    }

    @Override
    public List<String> sessionsWithTurnsMatching(String query) {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return sql.strings("SELECT DISTINCT session FROM turns WHERE strpos(lower(text), ?) > 0 OR strpos(lower(sender), ?) > 0",
                q, q);
    }

    @Override
    public void putFact(SessionId session, String key, String value) {
        sql.update("INSERT INTO session_facts (session, key, value) VALUES (?, ?, ?) ON CONFLICT (session, key)"
                + " DO UPDATE SET value = EXCLUDED.value", session.value(), key, value);
    }

    @Override
    public Optional<String> fact(SessionId session, String key) {
        return sql.strings("SELECT value FROM session_facts WHERE session = ? AND key = ?", session.value(), key).stream()
                .findFirst();
    }

    @Override
    public Optional<String> lastTurnSender(SessionId session) {
        return sql.strings("SELECT sender FROM turns WHERE session = ? ORDER BY number DESC LIMIT 1", session.value()).stream()
                .findFirst();
    }

    @Override
    public List<String> turnSenders(SessionId session) {
        return sql.strings("SELECT DISTINCT sender FROM turns WHERE session = ?", session.value());
    }

    @Override
    public void putName(String userKey, String name) {
        sql.update("INSERT INTO people (user_key, name) VALUES (?, ?) ON CONFLICT (user_key) DO UPDATE SET name = EXCLUDED.name",
                userKey, name);
    }

    @Override
    public String who(String userKey) {
        int colon = userKey.indexOf(':');
        List<String> names = sql.strings("SELECT name FROM people WHERE user_key = ?", userKey);
        String name = names.isEmpty() ? userKey.substring(colon + 1) : names.getFirst();
        return colon < 0 ? name : name + " (" + userKey.substring(0, colon) + ")";
    }

    /** {@code b = EXCLUDED.b, c = EXCLUDED.c} for every column after the first (the key). */
    private static String updates(String columns) {
        String[] names = columns.split(",\\s*");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < names.length; i++) {
            out.append(i > 1 ? ", " : "").append(names[i]).append(" = EXCLUDED.").append(names[i]);
        }
        return out.toString();
    }

    @Override
    public void close() {
        sql.close();
    }
}
