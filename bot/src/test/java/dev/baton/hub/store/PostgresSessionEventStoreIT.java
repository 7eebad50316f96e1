package dev.baton.hub.store;

import dev.baton.testing.PostgresServer;
import org.junit.jupiter.api.BeforeEach;

/** {@link SessionEventStoreContract} on a real PostgreSQL ({@link PostgresServer}), a fresh database per test. */
class PostgresSessionEventStoreIT extends SessionEventStoreContract {
    private String url;

    @BeforeEach
    void database() {
        url = PostgresServer.shared().database("events");
    }

    @Override
    HubStore open() {
        return PostgresHubStore.open(url);
    }
}
