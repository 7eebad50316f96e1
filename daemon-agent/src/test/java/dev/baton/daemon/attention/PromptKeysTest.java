package dev.baton.daemon.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.baton.protocol.session.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptKeysTest {
    static final List<String> CLAUDE = List.of("1. Yes", "2. Yes, and always allow access to /w from this project",
            "3. Yes, and switch to auto mode · auto mode handles these prompts for you", "4. No");
    static final List<String> CODEX = List.of("1. Yes, proceed (y)",
            "2. Yes, and don't ask again for commands that start with `echo hello` (p)",
            "3. No, and tell Codex what to do differently (esc)");

    @Test
    void claude_options_are_answered_with_their_numbers() {
        assertArrayEquals("1".getBytes(), PromptKeys.forDecision(Decision.ALLOW_ONCE, CLAUDE));
        assertArrayEquals("2".getBytes(), PromptKeys.forDecision(Decision.ALLOW_ALWAYS, CLAUDE));
        assertArrayEquals("4".getBytes(), PromptKeys.forDecision(Decision.DENY, CLAUDE));
    }

    @Test
    void codex_options_are_answered_with_their_key_hints() {
        assertArrayEquals("y".getBytes(), PromptKeys.forDecision(Decision.ALLOW_ONCE, CODEX));
        assertArrayEquals("p".getBytes(), PromptKeys.forDecision(Decision.ALLOW_ALWAYS, CODEX));
        assertArrayEquals(new byte[] {0x1b}, PromptKeys.forDecision(Decision.DENY, CODEX));
    }

    @Test
    void a_plain_question_gets_y_or_n_and_enter() {
        assertArrayEquals("y\r".getBytes(), PromptKeys.forDecision(Decision.ALLOW_ONCE, List.of()));
        assertArrayEquals("n\r".getBytes(), PromptKeys.forDecision(Decision.DENY, List.of()));
    }
}
