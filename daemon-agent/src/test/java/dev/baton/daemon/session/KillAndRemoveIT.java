package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code agent kill [--rm]}: no zombies, and nothing lost. */
class KillAndRemoveIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("""
                [agents.spawner]
                command = "/bin/sh"
                args = ["-c", "sleep 300 & echo child=$! > child.pid; echo started; exec cat"]
                """);
    static DaemonProcess daemon;
    static TempRepo repo;
    static Cli cli;
    static Path tmp;

    @BeforeAll
    static void fixture() {
        daemon = fx.daemon();
        repo = fx.repo();
        cli = fx.cli();
        tmp = fx.tmp();
    }

    @Test
    void kill_ends_the_agents_whole_process_group() throws Exception {
        cli.run("run", "--name", "group", "--agent", "spawner", "--repo", repo.dir().toString(), "x").ok();
        Path pidFile = daemon.root().resolve("worktrees/group/child.pid");
        Eventually.await("the child to start", WAIT, () -> Files.exists(pidFile) && Files.readString(pidFile).contains("child="));
        long child = Long.parseLong(Files.readString(pidFile).strip().substring("child=".length()));
        assertTrue(ProcessHandle.of(child).isPresent(), "background child runs");
        Cli.Result kill = cli.run("kill", "group").ok();
        assertTrue(kill.out().contains("group: killed"), kill.out());
        Eventually.await("the background child to be gone", WAIT,
                () -> ProcessHandle.of(child).map(p -> !p.isAlive()).orElse(true));
    }

    @Test
    void an_agent_that_exits_by_itself_takes_what_it_left_running_with_it() {
        cli.run("run", "--name", "leaver", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
        Eventually.await("prompt", WAIT, () -> cli.screen("leaver").contains("\n>"));
        // a grandchild that ignores SIGHUP and holds the terminal: the kernel's hang-up alone would not end it
        cli.run("send-input", "leaver", "--", "background 1000").ok();
        Eventually.await("the grandchild to start", WAIT, () -> cli.screen("leaver").contains("background pid "));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("background pid (\\d+)").matcher(cli.screen("leaver"));
        assertTrue(m.find());
        long grandchild = Long.parseLong(m.group(1));
        assertTrue(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false), "the grandchild runs");
        cli.run("send-input", "leaver", "--", "exit 0").ok();
        Eventually.await("the grandchild to be gone", WAIT,
                () -> ProcessHandle.of(grandchild).map(p -> !p.isAlive()).orElse(true));
        Eventually.await("the session to complete", WAIT, () -> cli.run("ls").ok().out().lines()
                .anyMatch(l -> l.contains("leaver") && l.contains("completed")));
        cli.run("kill", "--rm", "leaver").ok(); // out of the other tests' listings
    }

    @Test
    void kill_rm_saves_uncommitted_work_as_a_patch_and_deletes_a_branch_without_commits() throws Exception {
        cli.run("run", "--name", "scratch", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
        Eventually.await("prompt", WAIT, () -> cli.screen("scratch").contains("\n>"));
        cli.run("send-input", "scratch", "--", "write draft.txt unsaved idea").ok();
        Eventually.await("file", WAIT, () -> cli.screen("scratch").contains("wrote draft.txt"));
        Cli.Result r = cli.run("kill", "--rm", "scratch").ok();
        assertTrue(r.out().contains("uncommitted changes saved to"), r.out());
        assertTrue(r.out().contains("branch baton/scratch deleted"), r.out());
        Path patch;
        try (var files = Files.list(daemon.root().resolve("artifacts"))) {
            patch = files.filter(p -> p.getFileName().toString().startsWith("scratch-")).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(patch).contains("+unsaved idea"), "the patch holds the untracked file");
        assertFalse(Files.exists(daemon.root().resolve("worktrees/scratch")));
        assertFalse(repo.git("branch").contains("baton/scratch"));
        repo.git("apply", "--check", patch.toString());
        assertTrue(cli.run("ls", "--all").ok().out().contains("(removed)"));
        assertFalse(cli.run("ls").ok().out().contains("scratch"));
    }

    @Test
    void kill_rm_keeps_a_branch_that_has_commits() {
        cli.run("run", "--name", "committed", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
        Path wt = daemon.root().resolve("worktrees/committed");
        Eventually.await("worktree", WAIT, () -> Files.isDirectory(wt));
        try {
            Files.writeString(wt.resolve("feature.txt"), "done\n");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        TempRepo.gitIn(wt, "add", ".");
        TempRepo.gitIn(wt, "-c", "user.email=a@b", "-c", "user.name=A", "commit", "-qm", "add feature");
        Cli.Result r = cli.run("kill", "--rm", "committed").ok();
        assertTrue(r.out().contains("branch baton/committed kept: 1 commit(s) beyond main"), r.out());
        assertTrue(repo.git("log", "--oneline", "baton/committed").contains("add feature"));
    }

    @Test
    void kill_rm_of_an_ended_session_removes_its_worktree() {
        cli.run("run", "--name", "ended", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
        Eventually.await("prompt", WAIT, () -> cli.screen("ended").contains("\n>"));
        cli.run("send-input", "ended", "--", "exit 0").ok();
        Eventually.await("completed", WAIT, () -> cli.run("ls").ok().out().contains("completed"));
        Cli.Result again = cli.run("run", "--name", "ended", "--agent", "scripted", "--repo", repo.dir().toString(), "x");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("agent kill --rm ended"), again.err());
        assertTrue(cli.run("kill", "--rm", "ended").ok().out().contains("worktree"));
        cli.run("run", "--name", "ended", "--agent", "scripted", "--repo", repo.dir().toString(), "again").ok();
    }
}
