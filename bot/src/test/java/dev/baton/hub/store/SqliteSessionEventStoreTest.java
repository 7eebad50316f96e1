package dev.baton.hub.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link SessionEventStoreContract} on {@code hub.db}. */
class SqliteSessionEventStoreTest extends SessionEventStoreContract {
    @TempDir
    Path dir;

    @Override
    HubStore open() {
        return SqliteHubStore.open(dir.resolve("hub.db"));
    }
}
