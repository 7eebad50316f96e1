package dev.baton.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HubStoreContract} on {@code hub.db}; and a {@code hub.db} from before Flyway (made by the old code path's
 * statements) keeps its rows and gains what it lacked.
 */
class SqliteHubStoreTest extends HubStoreContract {
    /** The tables as {@code SqliteHubStore.open} created them before Flyway (without the two added last). */
    private static final List<String> BEFORE_FLYWAY = List.of(
            "CREATE TABLE IF NOT EXISTS daemons (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL, created_at INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS links (daemon TEXT PRIMARY KEY, next_n INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS outbox (daemon TEXT NOT NULL, n INTEGER NOT NULL, frame TEXT NOT NULL,"
                    + " PRIMARY KEY (daemon, n))",
            "CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL, daemon TEXT NOT NULL,"
                    + " agent TEXT NOT NULL, repo TEXT NOT NULL, base_branch TEXT NOT NULL, branch TEXT NOT NULL,"
                    + " state TEXT NOT NULL, attention TEXT NOT NULL, owner_key TEXT NOT NULL, owner_name TEXT NOT NULL,"
                    + " prompt TEXT NOT NULL, thread TEXT NOT NULL, card TEXT NOT NULL, turns INTEGER NOT NULL,"
                    + " last_seq INTEGER NOT NULL, created_at INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS prompts (id TEXT PRIMARY KEY, session TEXT NOT NULL, card TEXT NOT NULL,"
                    + " hash TEXT NOT NULL, tool TEXT NOT NULL, detail TEXT NOT NULL, question TEXT NOT NULL,"
                    + " options TEXT NOT NULL, state TEXT NOT NULL, answered_by TEXT NOT NULL, decision TEXT NOT NULL,"
                    + " answered_at INTEGER NOT NULL, opened_at INTEGER NOT NULL, pings INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS turns (id TEXT PRIMARY KEY, session TEXT NOT NULL, number INTEGER NOT NULL,"
                    + " sender TEXT NOT NULL, text TEXT NOT NULL, message TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS people (user_key TEXT PRIMARY KEY, name TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS mirrors (session TEXT NOT NULL, thread TEXT NOT NULL, card TEXT NOT NULL,"
                    + " added_by TEXT NOT NULL, added_at INTEGER NOT NULL, PRIMARY KEY (session, thread))",
            "CREATE TABLE IF NOT EXISTS mirror_cards (prompt TEXT NOT NULL, thread TEXT NOT NULL,"
                    + " card TEXT NOT NULL, PRIMARY KEY (prompt, thread))",
            "CREATE TABLE IF NOT EXISTS visibility (session TEXT PRIMARY KEY, visibility TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS shares (session TEXT NOT NULL, user_key TEXT NOT NULL,"
                    + " user_name TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (session, user_key))");

    @TempDir
    Path dir;

    @Override
    HubStore open() {
        return SqliteHubStore.open(dir.resolve("hub.db"));
    }

    @Test
    void a_hub_db_from_before_flyway_keeps_its_rows_and_gains_the_tables_it_lacked() throws Exception {
        Path file = dir.resolve("hub.db");
        HubSession s = session("old");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String create : BEFORE_FLYWAY) {
                st.execute(create);
            }
            st.execute("INSERT INTO daemons VALUES ('laptop', 'hash-1', 1)");
            st.execute("INSERT INTO links VALUES ('laptop', 5)");
        }
        try (HubStore store = open()) {
            assertEquals(Optional.of("hash-1"), store.daemonTokenHash("laptop"));
            assertEquals(5, store.enqueue("laptop", n -> "frame " + n), "the outbox numbering goes on where it was");
            store.putFact(s.id(), "mode", "host");
            store.access().putAudit(new AuditRow(s.id().value(), 1, 1, "web:ana", "kill", "allowed", ""));
            assertEquals(Optional.of("host"), store.fact(s.id(), "mode"));
            assertEquals(1, store.access().audit(s.id()).size());
        }
        assertEquals(List.of("0 hub tables from before Flyway", "1 hub", "2 session events", "3 usage"), history(file));
        try (HubStore store = open()) {
            assertEquals(Optional.of("hash-1"), store.daemonTokenHash("laptop"));
        }
        assertEquals(List.of("0 hub tables from before Flyway", "1 hub", "2 session events", "3 usage"), history(file), "a second start migrates nothing");
    }

    @Test
    void a_new_hub_db_is_made_by_the_migration_and_readable_only_by_its_owner() throws Exception {
        Path file = dir.resolve("hub.db");
        try (HubStore store = open()) {
            store.putName("web:ana", "Ana");
        }
        assertEquals(List.of("1 hub", "2 session events", "3 usage"), history(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.size(file) > 0);
    }

    /** Flyway's history in {@code file}: {@code version description}, in the order applied. */
    private static List<String> history(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, description FROM hub_schema_history WHERE success = 1"
                     + " ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return out;
    }
}
