package dev.baton.hub.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.PostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * {@link HubStoreContract} on a real PostgreSQL server ({@link PostgresServer}: the Debian package's binaries, a temp
 * data dir, a free port), a fresh database per test; skipped loudly where PostgreSQL is not installed.
 */
class PostgresHubStoreIT extends HubStoreContract {
    private String url;

    @BeforeEach
    void database(TestInfo test) {
        url = PostgresServer.shared().database(test.getTestMethod().orElseThrow().getName());
    }

    @Override
    HubStore open() {
        return PostgresHubStore.open(url);
    }

    @Test
    void an_unreachable_server_is_a_clear_error_that_names_the_url_but_not_its_password() {
        int port = PostgresServer.shared().port();
        String secret = "s3cret-pw";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PostgresHubStore.open(
                "jdbc:postgresql://127.0.0.1:" + (port == 1 ? 2 : 1) + "/baton?user=baton&password=" + secret
                        + "&connectTimeout=2"));
        assertTrue(e.getMessage().startsWith("cannot reach the hub's PostgreSQL store at jdbc:postgresql://127.0.0.1:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("password=***"), e.getMessage());
        assertFalse(e.getMessage().contains(secret), e.getMessage());
    }

    @Test
    void a_second_open_of_a_migrated_database_migrates_nothing_and_keeps_the_data() {
        try (HubStore store = open()) {
            store.putDaemon("laptop", "hash", 1);
        }
        try (HubStore store = open()) {
            assertTrue(store.daemonTokenHash("laptop").isPresent());
        }
        assertTrue(HubMigrations.migrate(url, HubMigrations.Dialect.POSTGRESQL) == 0);
    }

    @Test
    void a_nul_character_which_postgresql_text_cannot_hold_is_kept_as_the_replacement_character() {
        HubSession s = session("nul");
        try (HubStore store = open()) {
            store.putTurn(new HubTurn("t-0", s.id(), 1, "web:ana", "a\u0000b", new dev.baton.chat.MessageRef(s.thread(), "1")));
            org.junit.jupiter.api.Assertions.assertEquals("a\uFFFDb", store.turn("t-0").orElseThrow().text());
        }
    }
}
