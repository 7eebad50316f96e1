package dev.baton.adapters.web;

import dev.baton.testing.PostgresServer;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
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
}
