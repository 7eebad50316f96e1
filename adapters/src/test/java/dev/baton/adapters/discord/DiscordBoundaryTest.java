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

/** JDA stays inside {@code dev.baton.adapters.discord}, and docs/discord.md asks for the permissions the code needs. */
class DiscordBoundaryTest {
    static final Path MAIN = Path.of("src/main/java/dev/baton");
    static final Path DOC = Path.of(System.getProperty("baton.home", ".."), "docs/discord.md");

    @Test
    void only_the_discord_adapter_imports_jda() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("adapters/discord")))
                    .filter(p -> lines(p).stream().anyMatch(l -> l.startsWith("import net.dv8tion.")))
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void the_discord_adapters_public_api_names_no_jda_type() {
        for (Class<?> type : List.of(DiscordChat.class, DiscordOptions.class, DiscordException.class)) {
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
