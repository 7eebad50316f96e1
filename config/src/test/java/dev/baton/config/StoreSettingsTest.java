package dev.baton.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code [hub] store} and {@code store_url}: sqlite by default, PostgreSQL by a referenced JDBC URL, clear errors. */
class StoreSettingsTest {
    private static StoreSettings store(String toml) {
        return ConfigLoader.parse(Path.of("/tmp/config.toml"), toml, "host").hub().store();
    }

    private static ConfigException broken(String toml) {
        return assertThrows(ConfigException.class, () -> store(toml));
    }

    @Test
    void without_a_store_key_the_hub_keeps_sqlite() {
        assertEquals(new StoreSettings.Sqlite(), store(""));
        assertEquals(new StoreSettings.Sqlite(), store("[hub]\nstore = \"sqlite\"\n"));
    }

    @Test
    void postgresql_takes_its_url_by_reference_and_agents_never_see_that_variable() {
        String toml = "[hub]\nstore = \"postgresql\"\nstore_url = \"env:BATON_PG_URL\"\n";
        assertEquals(new StoreSettings.Postgresql(new SecretRef("env:BATON_PG_URL")), store(toml));
        assertTrue(SecretEnv.names(ConfigLoader.parse(Path.of("/tmp/config.toml"), toml, "host")).contains("BATON_PG_URL"));
    }

    @Test
    void an_unknown_store_names_the_two_there_are() {
        ConfigException e = broken("[hub]\nstore = \"mysql\"\n");
        assertEquals("hub.store", e.key());
        assertTrue(e.getMessage().contains("unknown store 'mysql'") && e.getMessage().contains("\"postgresql\""), e.getMessage());
    }

    @Test
    void postgresql_without_a_url_or_with_the_url_inline_is_refused() {
        assertEquals("hub.store_url", broken("[hub]\nstore = \"postgresql\"\n").key());
        ConfigException inline = broken("[hub]\nstore = \"postgresql\"\nstore_url = \"jdbc:postgresql://db/baton?password=pw\"\n");
        assertTrue(inline.getMessage().contains("must be a reference"), inline.getMessage());
        assertEquals("hub.store_url", broken("[hub]\nstore_url = \"env:BATON_PG_URL\"\n").key());
    }

    @Test
    void a_url_shown_in_a_message_has_its_password_masked() {
        assertEquals("jdbc:postgresql://db:5432/baton?user=baton&password=***&ssl=true",
                StoreSettings.redacted("jdbc:postgresql://db:5432/baton?user=baton&password=hunter2&ssl=true"));
        assertEquals("postgresql://baton:***@db/baton", StoreSettings.redacted("postgresql://baton:hunter2@db/baton"));
        assertFalse(StoreSettings.redacted("jdbc:postgresql://db/baton?PASSWORD=hunter2").contains("hunter2"));
    }
}
