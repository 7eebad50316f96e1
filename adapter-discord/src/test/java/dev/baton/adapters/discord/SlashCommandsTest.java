package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
    @Test
    void agent_has_a_subcommand_for_every_hub_command_and_new_for_the_launch_modal() {
        assertEquals(List.of("run", "new", "continue", "mirror", "unmirror", "transcript", "ls", "daemons", "dashboard", "help", "recall",
                        "recap", "keys", "screen", "diff", "kill", "handoff", "link", "pause", "resume", "share",
                        "unshare", "visibility", "cost", "detail"),
                SlashCommands.definition().getSubcommands().stream().map(SubcommandData::getName).toList());
    }

    @Test
    void quotes_and_apostrophes_survive_the_hubs_word_splitter() {
        assertEquals("don\"'\"t", SlashCommands.quote("don't"));
        assertEquals("say '\"'hi'\"'", SlashCommands.quoteWords("say \"hi\""));
        assertEquals("fix the \"'\"flaky\"'\" test", SlashCommands.quoteWords("fix the  'flaky' test"));
    }
}
