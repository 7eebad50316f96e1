package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.protocol.session.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptKeysTest {
    private static final List<String> CODEX = List.of("1. Yes, proceed (y)",
            "2. Yes, and don't ask again for commands that start with `echo hello > hello.txt` (p)",
            "3. No, and tell Codex what to do differently (esc)");
    private static final List<String> CLAUDE = List.of("1. Yes",
            "2. Yes, and always allow access to /w from this project",
            "3. Yes, and switch to auto mode · auto mode handles these prompts for you", "4. No");

    @Test
    void codex_options_are_answered_with_their_key_hints() {
        assertEquals("y", new String(PromptKeys.forDecision(Decision.ALLOW_ONCE, CODEX)));
        assertEquals("p", new String(PromptKeys.forDecision(Decision.ALLOW_ALWAYS, CODEX)));
        assertEquals("\u001b", new String(PromptKeys.forDecision(Decision.DENY, CODEX)));
    }

    @Test
    void claude_options_are_answered_with_their_numbers() {
        assertEquals("1", new String(PromptKeys.forDecision(Decision.ALLOW_ONCE, CLAUDE)));
        assertEquals("2", new String(PromptKeys.forDecision(Decision.ALLOW_ALWAYS, CLAUDE)));
        assertEquals("4", new String(PromptKeys.forDecision(Decision.DENY, CLAUDE)));
    }
}
