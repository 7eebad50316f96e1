package dev.baton.config;

/**
 * {@code [hub] store}: where the hub keeps its state. {@link Sqlite} ({@code hub.db} and {@code webchat.db} in the hub's
 * folder) is the default; {@link Postgresql} is a PostgreSQL database, its JDBC URL given by reference
 * ({@code store_url = "env:BATON_PG_URL"}), like every secret, since it may hold a password.
 */
public sealed interface StoreSettings permits StoreSettings.Sqlite, StoreSettings.Postgresql {
    /** The store's name as {@code [hub] store} spells it. */
    String wire();

    /** {@code store = "sqlite"} (the default). */
    record Sqlite() implements StoreSettings {
        @Override
        public String wire() {
            return "sqlite";
        }
    }

    /** {@code store = "postgresql"}: {@code url} resolves to a {@code jdbc:postgresql://} URL. */
    record Postgresql(SecretRef url) implements StoreSettings {
        @Override
        public String wire() {
            return "postgresql";
        }
    }

    /**
     * {@code url} with any password masked, for error messages: {@code password=…} parameters and the password of
     * {@code //user:password@host}.
     */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]*:)[^/@]*@", "$1***@");
    }
}
