package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline: the real Claude Code CLI (npm) in a session, offline against a scripted fake Messages API, asks
 * for a Bash tool use with {@code --permission-mode default}. The prompt card appears in the web chat thread with
 * the real command and mentions the owner; a non-approver is refused; the owner's "yes" runs the command; the card
 * says who approved; a notice arrives when Claude's turn ends. Once through the hook, once through the screen.
 */
class RealClaudeInThreadIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void a_hooked_claude_prompt_is_answered_from_the_thread() throws Exception {
        loop(true);
    }

    @Test
    void with_hooks_off_the_screen_scan_finds_the_prompt_and_keys_answer_it() throws Exception {
        loop(false);
    }

    private void loop(boolean hooks) throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start(); Stack stack = new Stack(tmp.resolve("stack"))) {
            api.enqueueToolUse("Bash", Map.of("command", "echo hello > hello.txt", "description", "Write hello to a file"));
            api.enqueueText("Done: hello.txt is written.");
            stack.startHub().startDaemon(RealClaude.env(home, api),
                    "[agents.claude]\ncommand = \"" + claude + "\"\nargs = [\"--permission-mode\", \"default\"]\nhooks = " + hooks + "\n");
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent claude --name real Write hello to hello.txt", null);
            String thread = Eventually.value("the status card", WAIT, () -> stack.web.botRoot("general", "Session real")
                    .map(m -> (String) m.get("thread")).orElse(null));

            Map<String, Object> card = Eventually.value("the prompt card", WAIT, () -> find(stack, thread, "Permission needed").orElse(null));
            String text = String.valueOf(card.get("text"));
            assertTrue(text.contains("echo hello > hello.txt") && text.contains("@ana"), text);
            String approve = ((List<?>) ((Map<?, ?>) card.get("post")).get("buttons")).stream()
                    .map(b -> (String) ((Map<?, ?>) b).get("value")).filter(v -> v.endsWith("|allow_once")).findFirst().orElseThrow();
            String events = stack.daemon.cli().run("events", "real", "--json").out();
            assertTrue(events.contains("\"layer\":\"" + (hooks ? "hook" : "screen") + "\""), "prompt seen by the expected layer: " + events);

            stack.web.press("mallory", "general", thread, (String) card.get("id"), "prompt", approve);
            Eventually.await("the non-approver is refused", WAIT, () -> find(stack, thread, "Sorry mallory").isPresent());
            Path hello = stack.daemon.root().resolve("worktrees/real/hello.txt");
            assertTrue(!Files.exists(hello), "nothing ran yet");

            stack.web.post("general", "ana", "yes", thread);
            Eventually.await("the command to run in the worktree", WAIT,
                    () -> Files.exists(hello) && Files.readString(hello).equals("hello\n"));
            Eventually.await("the card to say who approved", WAIT, () -> find(stack, thread, "approved once by ana").isPresent());
            if (hooks) {
                Eventually.await("a notice when Claude's turn ends", WAIT, () -> find(stack, thread, "finished its turn").isPresent());
            }
        }
    }

    private static Optional<Map<String, Object>> find(Stack stack, String thread, String text) {
        return stack.web.thread("general", thread, "ana").stream()
                .filter(m -> String.valueOf(m.get("text")).contains(text)).reduce((a, b) -> b);
    }
}
