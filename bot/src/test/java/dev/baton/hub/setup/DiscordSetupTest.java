package dev.baton.hub.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.DiscordOptions;
import dev.baton.config.BatonConfig;
import dev.baton.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code [discord]} becomes the adapter's options: the token resolved by reference, identities by Discord id. */
class DiscordSetupTest {
    public static final String TOML = """
            [discord]
            token = "env:DISCORD_TOKEN"
            guilds = ["1234567890123456789"]
            users = ["80351110224678912"]
            [identities.ana]
            name = "Ana Lima"
            discord = "80351110224678912"
            github = "analima"
            [identities.bob]
            slack = "U024BE7LH"
            """;

    private static BatonConfig config(String toml) {
        return ConfigLoader.parse(Path.of("/nonexistent/config.toml"), toml, "host");
    }

    @Test
    void no_discord_section_means_no_discord() {
        assertTrue(DiscordSetup.options(config("[daemon]\n"), Map.of()).isEmpty());
    }

    @Test
    void the_token_is_resolved_and_discord_ids_map_to_identities() {
        DiscordOptions o = DiscordSetup.options(config(TOML), Map.of("DISCORD_TOKEN", "the-token")).orElseThrow();
        assertEquals("the-token", o.token());
        assertEquals(Set.of("1234567890123456789"), o.guilds());
        assertEquals(Set.of("80351110224678912"), o.users());
        assertEquals("Ana Lima", o.identities().get("80351110224678912").name());
        assertEquals(Optional.of("analima"), o.identities().get("80351110224678912").github());
        assertEquals(1, o.identities().size(), "bob has no Discord id");
        assertEquals("https://discord.com/api/v10/", o.apiUrl());
        assertTrue(o.gatewayUrl().isEmpty(), "Discord's own gateway");
        assertFalse(o.toString().contains("the-token"), o.toString());
    }

    @Test
    void a_missing_token_names_the_key_not_a_value() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DiscordSetup.options(config(TOML), Map.of()));
        assertTrue(e.getMessage().startsWith("discord.token (env:DISCORD_TOKEN)"), e.getMessage());
    }
}
