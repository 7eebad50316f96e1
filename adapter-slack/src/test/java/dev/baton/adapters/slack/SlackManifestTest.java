package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/slack-app-manifest.yaml asks for exactly what the adapter uses, and points every URL at /slack/events. */
class SlackManifestTest {
    static final Path MANIFEST = Path.of("../docs/slack-app-manifest.yaml");

    private static List<String> listAfter(List<String> lines, String key) {
        int at = lines.indexOf(key);
        return lines.subList(at + 1, lines.size()).stream().takeWhile(l -> l.strip().startsWith("- "))
                .map(l -> l.strip().substring(2).replaceAll("\\s+#.*", "").strip()).toList();
    }

    @Test
    void the_manifest_lists_exactly_the_scopes_and_events_used() throws Exception {
        List<String> lines = Files.readAllLines(MANIFEST);
        assertEquals(List.of("commands", "chat:write", "reactions:write", "users:read", "channels:history",
                "groups:history", "channels:read", "groups:read"), listAfter(lines, "    bot:"));
        assertEquals(List.of("message.channels", "message.groups", "member_left_channel"), listAfter(lines, "    bot_events:"));
        assertTrue(lines.contains("    - command: " + SlackIntake.COMMAND), "the slash command is " + SlackIntake.COMMAND);
        int interactivity = lines.indexOf("  interactivity:");
        assertTrue(interactivity > 0 && lines.get(interactivity + 1).startsWith("    is_enabled: true"),
                "interactivity is on: the card's buttons and the launch modal (" + LaunchModal.CALLBACK + ") need it");
        assertEquals(3, lines.stream().filter(l -> l.contains("url: https://YOUR-HUB.example" + BoltHttpEndpoint.PATH)).count());
    }
}
