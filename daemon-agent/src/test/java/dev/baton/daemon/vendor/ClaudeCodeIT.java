package dev.baton.daemon.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.daemon.testing.TempRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Claude Code CLI (from npm, see tools/package.json) in a daemon session, offline against a
 * scripted fake Messages API: its real permission prompt shows on the rendered screen, is answered with
 * {@code agent send-keys NAME 1}, and the command's effect lands in the worktree.
 */
class ClaudeCodeIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void real_claude_permission_prompt_is_answered_with_send_keys() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        TempRepo repo = TempRepo.create(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start()) {
            api.enqueueToolUse("Bash", Map.of("command", "echo hello > hello.txt", "description", "Write hello to a file"));
            api.enqueueText("Done.");
            Map<String, String> env = RealClaude.env(home, api);
            try (DaemonProcess daemon = new DaemonProcess(tmp.resolve("root"), env).config("""
                    [agents.claude]
                    command = "%s"
                    args = ["--permission-mode", "default"]
                    """.formatted(claude)).start()) {
                Cli cli = daemon.cli();
                cli.run("run", "--name", "real", "--agent", "claude", "--repo", repo.dir().toString(),
                        "Write hello to hello.txt").ok();
                Eventually.await("the real permission prompt on the screen", WAIT,
                        () -> cli.screen("real").contains("Do you want to proceed?"));
                String screen = cli.screen("real");
                assertTrue(screen.contains("echo hello > hello.txt"), screen);
                assertTrue(screen.contains("❯ 1. Yes"), "the selection glyph renders as ❯: " + screen);
                Eventually.await("blocked on the prompt", WAIT, () -> cli.run("ls").ok().out().contains("action:permission"));

                cli.run("send-keys", "real", "1").ok();
                Path hello = daemon.root().resolve("worktrees/real/hello.txt");
                Eventually.await("hello.txt in the worktree", WAIT,
                        () -> Files.exists(hello) && Files.readString(hello).equals("hello\n"));
                assertTrue(api.awaitToolResult(WAIT).isPresent(), "claude sent the tool result back");
                Eventually.await("the prompt to leave the screen", WAIT, () -> !cli.screen("real").contains("Do you want to proceed?"));
                Eventually.await("unblocked", WAIT, () -> !cli.run("ls").ok().out().contains("blocked"));
                assertTrue(cli.run("diff", "real", "--stat").ok().out().contains("hello.txt | 1 +"));

                String claudeJson = Files.readString(home.resolve(".claude.json"));
                assertTrue(claudeJson.contains(daemon.root().resolve("worktrees/real").toString()), claudeJson);
                assertTrue(claudeJson.matches("(?s).*\"" + java.util.regex.Pattern.quote(daemon.root().resolve("worktrees/real").toString())
                        + "\"\\s*:\\s*\\{\\s*\"hasTrustDialogAccepted\"\\s*:\\s*true.*"), claudeJson);
                assertTrue(claudeJson.contains("customApiKeyResponses"), "merged, not clobbered");
                assertTrue(Files.exists(home.resolve(".claude.json.baton-backup")), "a backup is kept");
                assertEquals(0, cli.run("kill", "real").code());
            }
        }
    }
}
