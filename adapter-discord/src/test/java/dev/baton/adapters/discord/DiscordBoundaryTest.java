package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

/**
 * What the hub may touch names no JDA type (that JDA stays in this module is the Maven enforcer's job; see
 * docs/architecture.md), and docs/discord.md asks for the permissions the code needs.
 */
class DiscordBoundaryTest {
    static final Path DOC = Path.of(System.getProperty("baton.home", ".."), "docs/discord.md");

    @Test
    void the_discord_adapters_public_api_names_no_jda_type() {
        for (Class<?> type : List.of(DiscordChat.class, DiscordOptions.class, DiscordOptions.Tuning.class, DiscordException.class)) {
            for (var m : type.getMethods()) {
                for (Class<?> t : Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes())).toList()) {
                    assertEquals(false, t.getName().startsWith("net.dv8tion."), type.getSimpleName() + "." + m.getName());
                }
            }
        }
    }

    @Test
    void the_invite_url_in_the_docs_carries_exactly_the_permissions_the_adapter_uses() {
        long raw = Permission.getRaw(Connection.PERMISSIONS);
        assertEquals(309_237_763_136L, raw);
        String doc = String.join("\n", lines(DOC));
        assertTrue(doc.contains("permissions=" + raw + "&"), "docs/discord.md shows the invite URL with " + raw);
        for (Permission p : Connection.PERMISSIONS) {
            assertTrue(doc.contains("1 << " + p.getOffset()), "docs/discord.md lists " + p + " (1 << " + p.getOffset() + ")");
        }
        assertTrue(doc.contains("Message Content"), "docs/discord.md explains the Message Content intent");
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
