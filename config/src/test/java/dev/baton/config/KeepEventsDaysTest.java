package dev.baton.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code [hub] keep_events_days}: 90 unless set, 0 keeps session events forever, negative is refused. */
class KeepEventsDaysTest {
    private static int days(String toml) {
        return ConfigLoader.parse(Path.of("/tmp/config.toml"), toml, "host").hub().keepEventsDays();
    }

    @Test
    void the_hub_keeps_ninety_days_of_events_unless_told_otherwise() {
        assertEquals(90, days(""));
        assertEquals(30, days("[hub]\nkeep_events_days = 30\n"));
        assertEquals(0, days("[hub]\nkeep_events_days = 0\n"));
    }

    @Test
    void a_negative_number_of_days_is_refused_with_the_key_named() {
        ConfigException e = assertThrows(ConfigException.class, () -> days("[hub]\nkeep_events_days = -1\n"));
        assertEquals("hub.keep_events_days", e.key());
    }
}
