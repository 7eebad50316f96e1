package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code agent run --continue OLD}: a new session takes over an ended session's worktree (uncommitted work
 * included) and branch, and starts with its recap; a running session cannot be continued, and one removed with
 * {@code kill --rm} continues from its kept branch.
 */
class ContinueIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("");

    @Test
    void a_continuation_takes_over_the_worktree_and_branch_and_starts_with_the_recap() throws Exception {
        Cli cli = fx.cli();
        TempRepo repo = fx.repo();
        cli.run("run", "--name", "first", "--agent", "scripted", "--repo", repo.dir().toString(), "add a notes file").ok();
        Eventually.await("prompt", WAIT, () -> cli.screen("first").contains("\n>"));
        cli.run("send-input", "first", "--", "write notes.txt committed line").ok();
        Eventually.await("notes", WAIT, () -> cli.screen("first").contains("wrote notes.txt"));
        Path old = fx.daemon().root().resolve("worktrees/first");
        TempRepo.gitIn(old, "add", "notes.txt");
        TempRepo.gitIn(old, "-c", "user.email=t@example.com", "-c", "user.name=T", "commit", "-q", "-m", "Add notes");
        cli.run("send-input", "first", "--", "write draft.txt not committed yet").ok();
        Eventually.await("draft", WAIT, () -> cli.screen("first").contains("wrote draft.txt"));

        String running = cli.run("run", "--name", "second", "--continue", "first").out()
                + cli.run("run", "--name", "second", "--continue", "first").err();
        assertTrue(running.contains("still running"), running);

        cli.run("kill", "first").ok();
        Eventually.await("first ended", WAIT, () -> cli.run("ls", "--all").out().lines()
                .anyMatch(l -> l.contains("first") && l.contains("killed")));
        String started = cli.run("run", "--name", "second", "--continue", "first", "then add a summary").ok().out();
        assertTrue(started.contains("on branch baton/first"), started);
        Path wt = fx.daemon().root().resolve("worktrees/second");
        assertEquals("not committed yet\n", Files.readString(wt.resolve("draft.txt")), "uncommitted work came along");
        assertTrue(!Files.exists(old), "the old folder was moved, not copied");
        assertEquals("baton/first", TempRepo.gitIn(wt, "rev-parse", "--abbrev-ref", "HEAD").strip());
        String events = cli.run("events", "second", "--json").ok().out();
        assertTrue(events.contains("You are continuing the coding session 'first'") && events.contains("Add notes")
                && events.contains("then add a summary"), events);
        Eventually.await("the agent got the recap", WAIT, () -> cli.screen("second").contains("then add a summary"));
        assertTrue(cli.run("diff", "first").err().contains("no longer has a worktree"), "the old session no longer owns it");

        cli.run("kill", "--rm", "second").ok();
        Eventually.await("second removed", WAIT, () -> !Files.exists(wt));
        String third = cli.run("run", "--name", "third", "--continue", "second").ok().out();
        assertTrue(third.contains("on branch baton/first"), "continued from the kept branch: " + third);
        assertTrue(Files.exists(fx.daemon().root().resolve("worktrees/third/notes.txt")));
        cli.run("kill", "third").ok();
        String unknown = cli.run("run", "--name", "fourth", "--continue", "nosuch").err();
        assertTrue(unknown.contains("no session named 'nosuch'"), unknown);
    }
}
