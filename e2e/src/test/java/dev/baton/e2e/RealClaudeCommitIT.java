package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.Identity;
import dev.baton.daemon.testing.Eventually;
import dev.baton.daemon.testing.FakeAnthropicApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Claude Code CLI commits through its Bash tool, approved from the thread: the commit carries one
 * Co-authored-by trailer for the person who started and approved it, beside the trailer Claude wrote itself.
 */
class RealClaudeCommitIT {
    static final String API_KEY = "sk-ant-test-0123456789abcdefghijklmnopqrstuv";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final Path ROOT = Path.of(System.getProperty("baton.home", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void a_commit_claude_makes_after_an_approval_credits_the_approver() throws Exception {
        Path claude = ROOT.resolve("tools/node_modules/.bin/claude");
        if (!Files.isExecutable(claude)) {
            System.err.println("\n*** SKIPPED: the real claude CLI is not installed (bin/test installs it) ***\n");
            Assumptions.abort("claude is not installed");
        }
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve(".claude.json"), "{\"hasCompletedOnboarding\": true, \"customApiKeyResponses\":"
                + " {\"approved\": [\"" + API_KEY.substring(API_KEY.length() - 20) + "\"], \"rejected\": []}}");
        try (FakeAnthropicApi api = FakeAnthropicApi.start(); Stack stack = new Stack(tmp.resolve("stack"))) {
            String command = "echo hello > hello.txt && git add hello.txt && git commit -q -m 'Add hello'"
                    + " -m 'Co-Authored-By: Claude <noreply@anthropic.com>'";
            api.enqueueToolUse("Bash", Map.of("command", command, "description", "Commit hello.txt"));
            api.enqueueText("Committed.");
            stack.identities = List.of(new Identity("ana", Optional.of("Ana Lima"), Optional.empty(), Optional.empty(),
                    Optional.of("analima"), Optional.of("ana@example.com"), Optional.of("ana")));
            stack.startHub().startDaemon(Map.of("HOME", home.toString(), "ANTHROPIC_BASE_URL", api.baseUrl(),
                    "ANTHROPIC_API_KEY", API_KEY, "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1", "DISABLE_AUTOUPDATER", "1"),
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
