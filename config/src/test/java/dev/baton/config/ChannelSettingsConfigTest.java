package dev.baton.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelSettingsConfigTest {
    @TempDir
    Path tmp;

    private BatonConfig parse(String toml) {
        return ConfigLoader.parse(tmp.resolve("config.toml"), toml, "host");
    }

    @Test
    void each_channel_keyed_by_platform_and_id_has_its_detail_and_none_means_no_settings() {
        assertEquals(Map.of(), parse("").channels());
        BatonConfig c = parse("""
                [channels."slack:C0123"]
                detail = "quiet"
                [channels."web:general"]
                """);
        assertEquals("quiet", c.channels().get("slack:C0123").detail());
        assertEquals(ChannelSettings.none("web:general"), c.channels().get("web:general"));
        assertEquals("normal", c.channels().get("web:general").detail());
    }

    @Test
    void an_unknown_detail_key_or_channel_is_refused_with_an_example() {
        ConfigException loud = assertThrows(ConfigException.class, () -> parse("[channels.\"slack:C1\"]\ndetail = \"loud\"\n"));
        assertTrue(loud.getMessage().contains("quiet, normal or verbose"), loud.getMessage());
        assertTrue(loud.example().contains("detail = \"quiet\""), loud.example());
        assertThrows(ConfigException.class, () -> parse("[channels.\"slack:C1\"]\ncolour = \"red\"\n"));
        assertThrows(ConfigException.class, () -> parse("[channels.\"irc:#x\"]\ndetail = \"quiet\"\n"));
    }
}
