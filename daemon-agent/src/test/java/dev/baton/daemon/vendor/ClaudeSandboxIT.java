package dev.baton.daemon.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Bubblewrap;
import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mode = "workspace-write"} with the real Claude Code CLI, offline against a scripted fake Messages API: its own
 * sandbox (bubblewrap) lets a Bash command write inside the worktree without a prompt and refuses one that writes
 * outside it; the refusal is what the model gets back; it cannot rewrite the settings that hold it; it can still commit (the worktree's git metadata lives in the
 * main repository). Without bubblewrap the session is refused with the fix.
 */
class ClaudeSandboxIT {
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void a_sandboxed_claude_writes_inside_its_worktree_and_is_refused_outside_it() throws Exception {
        Path claude = RealClaude.cli();
        Bubblewrap.requireUsable();
        Path home = RealClaude.home(tmp);
        TempRepo repo = TempRepo.create(tmp);
        Path outsideDir = Files.createTempDirectory("baton-sandbox-outside-");
        Path outside = outsideDir.resolve("outside.txt");
        try (FakeAnthropicApi api = FakeAnthropicApi.start()) {
            api.enqueueToolUse("Bash", Map.of("command", "echo inside > inside.txt", "description", "Write inside"));
            api.enqueueToolUse("Bash", Map.of("command", "echo outside > " + outside, "description", "Write outside"));
            api.enqueueToolUse("Bash", Map.of("command", "echo '{}' > .claude/settings.local.json",
                    "description", "Turn the sandbox off"));
            api.enqueueToolUse("Bash", Map.of("command", "git add inside.txt", "description", "Stage it"));
            api.enqueueToolUse("Bash", Map.of("command", "git commit -q -m 'Write inside'", "description", "Commit it"));
            api.enqueueText("Done.");
            try (DaemonProcess daemon = new DaemonProcess(tmp.resolve("root"), RealClaude.env(home, api)).config("""
                    [agents.claude]
                    command = "%s"
                    mode = "workspace-write"
                    allowed_domains = ["example.com"]
                    """.formatted(claude)).start()) {
                Cli cli = daemon.cli();
                cli.run("run", "--name", "boxed", "--agent", "claude", "--repo", repo.dir().toString(),
                        "Write one file inside the worktree and one outside").ok();
                Path worktree = daemon.root().resolve("worktrees/boxed");
                Path inside = worktree.resolve("inside.txt");
                Eventually.await("inside.txt written in the worktree, without a prompt", WAIT,
                        () -> Files.exists(inside) && Files.readString(inside).equals("inside\n"));
                Optional<FakeAnthropicApi.Request> refused = api.await(r -> r.isMainTurn() && r.hasToolResult()
                        && r.body().contains("outside.txt") && r.body().contains("Read-only file system"), WAIT);
                assertTrue(refused.isPresent(), "the model is told the sandbox refused the write outside; got: "
                        + api.requestBodies().stream().filter(b -> b.contains("tool_result")).toList()
                        + "\nscreen:\n" + cli.screen("boxed"));
                assertFalse(Files.exists(outside), "nothing was written outside the worktree");
                Eventually.await("a commit on the session's branch, made inside the sandbox (linked worktree, hooks)",
                        WAIT, () -> TempRepo.gitIn(worktree, "log", "--format=%s", "-1").strip().equals("Write inside"));

                assertTrue(api.await(r -> r.isMainTurn() && r.body().contains("settings.local.json: Read-only file system"),
                        WAIT).isPresent(), "a sandboxed command cannot rewrite the sandbox's own settings");
                String ls = cli.run("ls").ok().out();
                assertTrue(ls.contains("workspace-write, network: example.com"), ls);
                String settings = Files.readString(worktree.resolve(".claude/settings.local.json"));
                assertTrue(settings.matches("(?s).*\"sandbox\"\\s*:\\s*\\{\\s*\"enabled\"\\s*:\\s*true.*"), settings);
                assertTrue(settings.contains("\"example.com\""), settings);
                assertFalse(cli.run("diff", "boxed", "--stat").ok().out().contains(".claude"),
                        "Baton's settings stay out of the session's diff");
                assertEquals(0, cli.run("kill", "boxed").code());
            }
        } finally {
            Files.deleteIfExists(outside);
            Files.deleteIfExists(outsideDir);
        }
    }

    @Test
    void without_bubblewrap_the_session_is_refused_with_the_apt_get_that_fixes_it() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        TempRepo repo = TempRepo.create(tmp);
        Path emptyPath = Files.createDirectories(tmp.resolve("empty-path"));
        try (FakeAnthropicApi api = FakeAnthropicApi.start();
             DaemonProcess daemon = new DaemonProcess(tmp.resolve("root"), RealClaude.env(home, api)).config("""
                     [agents.claude]
                     command = "%s"
                     mode = "workspace-write"
                     env = { PATH = "%s" }
                     """.formatted(claude, emptyPath)).start()) {
            Cli.Result r = daemon.cli().run("run", "--name", "nobox", "--agent", "claude", "--repo",
                    repo.dir().toString(), "hello");
            assertNotEquals(0, r.code(), r.toString());
            assertTrue((r.out() + r.err()).contains("apt-get install bubblewrap socat"), r.toString());
            assertTrue((r.out() + r.err()).contains("mode \"workspace-write\""), r.toString());
            assertFalse(Files.exists(daemon.root().resolve("worktrees/nobox")), "refused before anything was made");
            assertTrue(api.requests().isEmpty(), "claude never started");
        }
    }
}
