package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Bubblewrap;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Claude Code CLI started from the web chat in {@code mode = "workspace-write"} (its own bubblewrap
 * sandbox): the status card and the session page say so, and a Bash command writing inside the worktree runs
 * without a permission card. (What a write outside the worktree meets is {@code ClaudeSandboxIT}'s.)
 */
class RealClaudeSandboxIT {
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("(http://\\S+/s/[A-Za-z0-9_.-]+)");

    @TempDir
    Path tmp;

    @Test
    void the_card_and_the_page_show_the_sandbox_a_thread_started_claude_runs_in() throws Exception {
        Path claude = RealClaude.cli();
        Bubblewrap.requireUsable();
        Path home = RealClaude.home(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start(); Stack stack = new Stack(tmp.resolve("stack"))) {
            api.enqueueToolUse("Bash", Map.of("command", "echo boxed > boxed.txt", "description", "Write a file"));
            api.enqueueText("Done.");
            stack.startHub().startDaemon(RealClaude.env(home, api),
                    "[agents.claude]\ncommand = \"" + claude + "\"\nmode = \"workspace-write\"\n");
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent claude --name boxed Write boxed.txt", null);
            String thread = Eventually.value("the status card", WAIT, () -> stack.web.botRoot("general", "Session boxed")
                    .map(m -> (String) m.get("thread")).orElse(null));

            Path boxed = stack.daemon.root().resolve("worktrees/boxed/boxed.txt");
            Eventually.await("the sandboxed command to write in the worktree", WAIT,
                    () -> Files.exists(boxed) && Files.readString(boxed).equals("boxed\n"));
            Eventually.await("the card to show the mode", WAIT, () -> stack.web.botRoot("general", "Session boxed")
                    .map(m -> String.valueOf(m.get("post"))).filter(p -> p.contains("Mode") && p.contains("workspace-write"))
                    .isPresent());
            assertTrue(stack.web.thread("general", thread, "ana").stream()
                    .noneMatch(m -> String.valueOf(m.get("text")).contains("Permission needed")), "no prompt in the sandbox");

            stack.web.post("general", "ana", "/agent link", thread);
            String url = Eventually.value("ana's link", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                    .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("Your link to the live page"))
                    .map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b).orElse(null));
            Map<String, Object> state = new PageClient(url).json("/state");
            assertEquals("workspace-write", ((Map<?, ?>) state.get("session")).get("mode"), state.toString());
        }
    }
}
