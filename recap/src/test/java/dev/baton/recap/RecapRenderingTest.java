package dev.baton.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecapRenderingTest {
    private final Recap recap = RecapBuilder.build(RecapBuilderTest.facts(RecapBuilderTest.recorded()));

    @Test
    void markdown_has_the_hard_facts_in_sections() {
        String md = MarkdownRecap.render(recap);
        assertTrue(md.startsWith("## Recap: fix-login\n"), md);
        assertTrue(md.contains("- **Goal:** fix the flaky login test"), md);
        assertTrue(md.contains("- ana (started it): 2 turns, 1 approval"), md);
        assertTrue(md.contains("- bob: 1 turn, 1 denial"), md);
        assertTrue(md.contains("2 files changed, 10 insertions(+), 2 deletions(-)"), md);
        assertTrue(md.contains("src/LoginTest.java | 12 +10 -2"), md);
        assertTrue(md.contains("- Bash: rm -rf build — denied by bob"), md);
        assertTrue(md.contains("> Fixed the race in LoginTest; tests pass."), md);
        assertTrue(md.contains("- transcript: `/agent transcript fix-login · agent events fix-login`"), md);
    }

    @Test
    void terminal_text_has_the_same_facts() {
        String text = TerminalRecap.render(recap);
        assertTrue(text.contains("  goal    fix the flaky login test"), text);
        assertTrue(text.contains("  bob: 1 turn, 1 denial"), text);
        assertTrue(text.contains("  commits:\n    abc1234 Fix the login race"), text);
        assertTrue(text.contains("Last message (from the agent)"), text);
    }

    @Test
    void json_round_trips() {
        assertEquals(recap, RecapJson.read(RecapJson.write(recap)));
        Recap handedOver = recap.withOwner("");
        assertEquals(handedOver, RecapJson.read(RecapJson.write(handedOver)));
    }

    @Test
    void long_lists_are_summarised_not_cut() {
        List<Recap.FileChange> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(new Recap.FileChange("f" + i, 1, 0, false));
        }
        Recap big = RecapBuilder.build(new SessionFacts(RecapBuilderTest.recorded(),
                java.util.Optional.of(new SessionFacts.Worktree(files, List.of(), List.of())), ""));
        String md = MarkdownRecap.render(big);
        assertTrue(md.contains("… and 25 more"), md);
        assertTrue(md.contains("40 files changed, 40 insertions(+)"), md);
    }

    @Test
    void shortening_stops_at_a_word_boundary() {
        assertEquals("the quick…", Shorten.words("the quick brown fox", 12));
        assertEquals("short", Shorten.words("short", 12));
        assertEquals("abcdefghi…", Shorten.words("abcdefghijklmnop", 10));
    }
}
