package dev.baton.hub.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The hub's schema, brought up to date by Flyway from {@code db/migration/<dialect>/V*.sql}. A database that has the
 * hub's tables but no Flyway history (a {@code hub.db} from before Flyway) is baselined at version 0, so V1, written
 * with {@code IF NOT EXISTS}, runs on it and adds only what it lacks.
 */
final class HubMigrations {
    /** Which SQL the migrations are written in. */
    enum Dialect {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        final String folder;

        Dialect(String folder) {
            this.folder = folder;
        }
    }

    private HubMigrations() {}

    /** Migrates the database behind {@code url}; returns how many migrations ran. */
    static int migrate(String url, Dialect dialect) {
        return run(Flyway.configure(HubMigrations.class.getClassLoader()).dataSource(url, null, null), dialect);
    }

    /** Migrates the database {@code source} reaches; returns how many migrations ran. */
    static int migrate(DataSource source, Dialect dialect) {
        return run(Flyway.configure(HubMigrations.class.getClassLoader()).dataSource(source), dialect);
    }

    private static int run(org.flywaydb.core.api.configuration.FluentConfiguration config, Dialect dialect) {
        try {
            return config.locations("classpath:db/migration/" + dialect.folder)
                    .table("hub_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("hub tables from before Flyway")
                    .load().migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new IllegalStateException("the hub's schema could not be migrated: " + e.getMessage(), e);
        }
    }
}
