package dev.baton.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChatStoreContract} on {@code webchat.db}; and a {@code webchat.db} from before Flyway keeps its messages. */
class SqliteChatStoreTest extends ChatStoreContract {
    @TempDir
    Path dir;

    @Override
    ChatStore open(Clock clock) {
        return SqliteChatStore.open(dir.resolve("webchat.db"), clock);
    }

    @Test
    void a_webchat_db_from_before_flyway_keeps_its_messages() throws Exception {
        Path file = dir.resolve("webchat.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // the schema as SqliteChatSchema made it, version 1 by hand
            s.execute("CREATE TABLE IF NOT EXISTS channels(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                    + " created INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS messages(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " channel TEXT NOT NULL REFERENCES channels(id), thread INTEGER,"
                    + " user_name TEXT NOT NULL, text TEXT NOT NULL, created INTEGER NOT NULL,"
                    + " kind TEXT NOT NULL CHECK (kind IN ('user','bot')), post TEXT, badge TEXT,"
                    + " visible_to TEXT, edited INTEGER NOT NULL DEFAULT 0)");
            s.execute("CREATE INDEX IF NOT EXISTS messages_by_thread ON messages(thread, id)");
            s.execute("CREATE INDEX IF NOT EXISTS messages_by_channel ON messages(channel, id)");
            s.execute("PRAGMA user_version=1");
            s.execute("INSERT INTO channels VALUES ('general', 'general', 1)");
            s.execute("INSERT INTO messages(channel, thread, user_name, text, created, kind) VALUES"
                    + " ('general', 1, 'ana', 'from before', 1000000, 'user')");
        }
        try (ChatStore store = open(Clock.systemUTC())) {
            assertEquals("from before", store.message("1").orElseThrow().text());
            StoredMessage next = store.insert(NewMessage.fromUser("general", Optional.empty(), "bob", "after"));
            assertEquals("2", next.id());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM webchat_schema_history ORDER BY installed_rank")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertEquals(List.of("0", "1"), versions);
        }
    }
}
