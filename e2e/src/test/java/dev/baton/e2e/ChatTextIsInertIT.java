package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Chat text reaches the agent as typed text and nothing else: shell syntax is never run by Baton, and control bytes
 * (an escape sequence, Ctrl-C) are stripped, so a reply cannot clear the screen or interrupt the agent; only
 * {@code /agent keys} sends keys.
 */
class ChatTextIsInertIT extends WebStackFixture {

    @Test
    void shell_syntax_and_control_bytes_in_a_reply_are_inert() {
        String thread = run("ana", "inert", "$(touch pwned0)");
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("inert").contains("\n>"));
        stack.web.post("general", "ana", "$(touch pwned1); touch pwned2 `touch pwned3` \u001b[2J\u0003\u001b]0;title\u0007 end", thread);
        Eventually.await("the text typed literally", WAIT, () -> stack.daemon.cli().screen("inert")
                .contains("got: [from ana] $(touch pwned1); touch pwned2 `touch pwned3` [2J]0;title end"));
        Path wt = stack.daemon.root().resolve("worktrees/inert");
        for (int i = 0; i < 4; i++) {
            assertFalse(Files.exists(wt.resolve("pwned" + i)), "nothing was run by a shell: pwned" + i);
        }
        assertTrue(stack.daemon.cli().screen("inert").contains("first prompt: $(touch pwned0)"),
                "the prompt is the agent's argument, not a command line");
        assertTrue(stack.daemon.cli().run("ls").ok().out().matches("(?s).*inert.*(running|waiting).*"),
                "Ctrl-C in a reply did not interrupt the agent");
    }
}
