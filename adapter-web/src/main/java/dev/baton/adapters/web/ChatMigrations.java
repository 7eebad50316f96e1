package dev.baton.adapters.web;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The web chat's schema, brought up to date by Flyway from {@code db/webchat/<dialect>/V*.sql}, its history in
 * {@code webchat_schema_history} (so it shares a PostgreSQL database with the hub's tables). A database with no such
 * history (a {@code webchat.db} from before Flyway, or the hub's tables) is baselined at version 0, and V1, written
 * with {@code IF NOT EXISTS} for sqlite, runs on it.
 */
final class ChatMigrations {
    private ChatMigrations() {}

    /** Migrates the database {@code source} reaches; {@code dialect} is {@code sqlite} or {@code postgresql}. */
    static void migrate(DataSource source, String dialect) {
        try {
            Flyway.configure(ChatMigrations.class.getClassLoader()).dataSource(source)
                    .locations("classpath:db/webchat/" + dialect)
                    .table("webchat_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("web chat tables from before Flyway")
                    .load().migrate();
        } catch (FlywayException e) {
            throw new WebChatException("cannot migrate the web chat store's schema: " + e.getMessage(), e);
        }
    }
}
