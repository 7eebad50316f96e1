package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.Identity;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Claude Code CLI commits through its Bash tool, approved from the thread: the commit carries one
 * Co-authored-by trailer for the person who started and approved it, beside the trailer Claude wrote itself.
 */
class RealClaudeCommitIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void a_commit_claude_makes_after_an_approval_credits_the_approver() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start(); Stack stack = new Stack(tmp.resolve("stack"))) {
            String command = "echo hello > hello.txt && git add hello.txt && git commit -q -m 'Add hello'"
                    + " -m 'Co-Authored-By: Claude <noreply@anthropic.com>'";
            api.enqueueToolUse("Bash", Map.of("command", command, "description", "Commit hello.txt"));
            api.enqueueText("Committed.");
            stack.identities = List.of(new Identity("ana", Optional.of("Ana Lima"), Optional.empty(), Optional.empty(),
                    Optional.of("analima"), Optional.of("ana@example.com"), Optional.of("ana")));
            stack.startHub().startDaemon(RealClaude.env(home, api),
                    "[agents.claude]\ncommand = \"" + claude + "\"\n"); // no flags: the default mode must ask
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent claude --name commits Commit a hello file", null);
            String thread = Eventually.value("the status card", WAIT, () -> stack.web.botRoot("general", "Session commits")
                    .map(m -> (String) m.get("thread")).orElse(null));
            Eventually.await("the prompt card", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                    .anyMatch(m -> String.valueOf(m.get("text")).contains("git commit")));

            assertTrue(String.valueOf(stack.web.botRoot("general", "Session commits").orElseThrow().get("text"))
                    .contains("Mode: default"), "the card shows the permission mode in force");
            assertTrue(stack.daemon.cli().run("ls").ok().out().contains("default"), "agent ls shows it too");
            stack.web.post("general", "ana", "yes", thread);
            Eventually.await("Claude's commit on the session branch", WAIT,
                    () -> stack.repo.git("log", "-1", "--format=%s", "baton/commits").strip().equals("Add hello"));
            String msg = stack.repo.git("log", "-1", "--format=%B", "baton/commits");
            assertEquals(List.of("Co-Authored-By: Claude <noreply@anthropic.com>", "Co-authored-by: Ana Lima <ana@example.com>"),
                    msg.lines().filter(l -> l.toLowerCase().startsWith("co-authored-by:")).toList(), msg);
            assertTrue(msg.startsWith("Add hello\n\nCo-Authored-By: Claude"), "one trailer block: " + msg);
        }
    }
}
