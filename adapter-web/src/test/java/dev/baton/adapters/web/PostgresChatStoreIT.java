package dev.baton.adapters.web;

import dev.baton.testing.PostgresServer;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** {@link ChatStoreContract} on a real PostgreSQL ({@link PostgresServer}), a fresh database per test. */
class PostgresChatStoreIT extends ChatStoreContract {
    private String url;

    @BeforeEach
    void database(TestInfo test) {
        url = PostgresServer.shared().database(test.getTestMethod().orElseThrow().getName());
    }

    @Override
    ChatStore open(Clock clock) {
        return PostgresChatStore.open(url, clock);
    }

    @Test
    void a_nul_character_which_postgresql_text_cannot_hold_is_kept_as_the_replacement_character() {
        try (ChatStore store = open(Clock.systemUTC())) {
            StoredMessage m = store.insert(NewMessage.fromUser("general", java.util.Optional.empty(), "ana", "a\u0000b"));
            org.junit.jupiter.api.Assertions.assertEquals("a\uFFFDb", m.text());
        }
    }
}
