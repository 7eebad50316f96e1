package dev.baton.daemon.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.daemon.attention.PromptProfile.ScreenPrompt;
import dev.baton.protocol.session.AttentionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped vendor profiles against screens copied from the real agents (codex 0.169.0, claude 2.1.329). */
class PromptProfileTest {

    @Test
    void codex_approval_overlay_gives_the_command_under_the_question_and_its_keyed_options() {
        ScreenPrompt p = PromptProfile.forVendor("codex").match(List.of(
                "› Write hello to hello.txt",
                "",
                "• Running echo hello > hello.txt",
                "",
                "  Would you like to run the following command?",
                "",
                "  Environment: local",
                "",
                "  Reason: Write hello to a file",
                "",
                "  $ echo hello > hello.txt",
                "",
                "",
                "› 1. Yes, proceed (y)",
                "  2. Yes, and don't ask again for commands that start with `echo hello > hello.txt` (p)",
                "  3. No, and tell Codex what to do differently (esc)",
                "",
                "  Press enter to confirm or esc to cancel")).orElseThrow();
        assertEquals(AttentionReason.PERMISSION, p.reason());
        assertEquals("Would you like to run the following command?", p.question());
        assertEquals("echo hello > hello.txt", p.detail());
        assertEquals(List.of("1. Yes, proceed (y)",
                "2. Yes, and don't ask again for commands that start with `echo hello > hello.txt` (p)",
                "3. No, and tell Codex what to do differently (esc)"), p.options());
    }

    @Test
    void codex_command_spanning_lines_is_kept_whole_up_to_the_blank_line() {
        ScreenPrompt p = PromptProfile.forVendor("codex").match(List.of(
                "  Would you like to run the following command?",
                "  $ printf 'a\\n' > a.txt &&",
                "    printf 'b\\n' > b.txt",
                "",
                "› 1. Yes, proceed (y)")).orElseThrow();
        assertEquals("printf 'a\\n' > a.txt &&\nprintf 'b\\n' > b.txt", p.detail());
    }

    @Test
    void claude_bash_prompt_still_takes_the_command_between_its_frame_lines() {
        ScreenPrompt p = PromptProfile.forVendor("claude").match(List.of(
                " Bash command",
                "╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌",
                "   echo hello > hello.txt",
                "   Write hello to a file",
                "╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌",
                " Do you want to proceed?",
                " ❯ 1. Yes",
                "   4. No")).orElseThrow();
        assertEquals("Bash", p.tool());
        assertEquals("echo hello > hello.txt\nWrite hello to a file", p.detail());
        assertEquals(List.of("1. Yes", "4. No"), p.options());
    }
}
