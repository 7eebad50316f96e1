package dev.baton.hub.store;

import dev.baton.config.StoreSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the hub's state lives, as the composition root resolved {@code [hub] store}: {@link Folder} ({@code hub.db}
 * and {@code webchat.db} in the hub's folder) or {@link Postgresql} (one database, its URL already read from its
 * secret reference).
 */
public sealed interface StoreLocation permits StoreLocation.Folder, StoreLocation.Postgresql {
    /** sqlite files in {@code dir}. */
    record Folder(Path dir) implements StoreLocation {}

    /** A PostgreSQL database; {@link #toString()} masks the URL's password. */
    record Postgresql(String jdbcUrl) implements StoreLocation {
        @Override
        public String toString() {
            return StoreSettings.redacted(jdbcUrl);
        }
    }

    /** {@code settings} resolved: a PostgreSQL URL is read from its reference in {@code env} (or its file). */
    static StoreLocation of(StoreSettings settings, Path dir, Map<String, String> env) {
        return switch (settings) {
            case StoreSettings.Sqlite s -> new Folder(dir);
            case StoreSettings.Postgresql pg -> {
                String url;
                try {
                    url = pg.url().resolve(env);
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("[hub] store_url (" + pg.url() + "): " + e.getMessage(), e);
                }
                yield new Postgresql(url);
            }
        };
    }

    /** Opens the hub's store here; the caller closes it. */
    default HubStore openHub() {
        return switch (this) {
            case Folder f -> SqliteHubStore.open(f.dir().resolve("hub.db"));
            case Postgresql pg -> PostgresHubStore.open(pg.jdbcUrl());
        };
    }

    /** How a log line names this place: the folder's {@code hub.db}, or the URL without its password. */
    default String describe() {
        return switch (this) {
            case Folder f -> "sqlite, " + f.dir().resolve("hub.db");
            case Postgresql pg -> "postgresql, " + pg;
        };
    }
}
