package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.json.Json;
import dev.baton.recap.Recap;
import dev.baton.recap.RecapJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code agent recap NAME}: the facts of a real session, with the numbers of {@code git diff --stat}. */
class RecapIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("");

    @Test
    void recap_reports_goal_turns_commits_uncommitted_files_and_the_numbers_git_prints() throws Exception {
        Cli cli = fx.cli();
        TempRepo repo = fx.repo();
        cli.run("run", "--name", "recapped", "--agent", "scripted", "--repo", repo.dir().toString(),
                "add notes with token ghp_abcdefghijklmnopqrstuvwxyz0123").ok();
        Eventually.await("prompt", WAIT, () -> cli.screen("recapped").contains("\n>"));
        cli.run("send-input", "recapped", "--", "write notes.txt first line").ok();
        Eventually.await("notes", WAIT, () -> cli.screen("recapped").contains("wrote notes.txt"));
        Path wt = fx.daemon().root().resolve("worktrees/recapped");
        TempRepo.gitIn(wt, "add", "notes.txt");
        TempRepo.gitIn(wt, "-c", "user.email=t@example.com", "-c", "user.name=T", "commit", "-q", "-m", "Add notes");
        cli.run("send-input", "recapped", "--", "write draft.txt an idea").ok();
        Eventually.await("draft", WAIT, () -> cli.screen("recapped").contains("wrote draft.txt"));
        Files.writeString(wt.resolve("README.md"), "# demo\nchanged\n");

        Recap r = RecapJson.read(cli.run("recap", "recapped", "--json").ok().out().strip());
        assertTrue(r.goal().startsWith("add notes with token [redacted]"), r.goal());
        assertEquals(2, r.participants().getFirst().turns());
        assertEquals(1, r.changes().commits().size());
        assertTrue(r.changes().commits().getFirst().endsWith(" Add notes"), r.changes().commits().toString());
        assertEquals(List.of("README.md", "draft.txt"), r.changes().uncommitted().stream().sorted().toList());

        TempRepo.gitIn(wt, "add", "-N", "draft.txt");
        List<String> numstat = TempRepo.gitIn(wt, "diff", "--numstat", r.baseBranch()).lines().sorted().toList();
        List<String> ours = r.changes().files().stream()
                .map(f -> f.insertions() + "\t" + f.deletions() + "\t" + f.path()).sorted().toList();
        assertEquals(numstat, ours);
        String stat = TempRepo.gitIn(wt, "diff", "--stat", r.baseBranch()).lines().reduce((a, b) -> b).orElseThrow().strip();
        assertEquals(stat, r.changes().summary());

        String text = cli.run("recap", "recapped").ok().out();
        assertTrue(text.contains("Recap of recapped"), text);
        assertTrue(text.contains(stat), text);
        assertTrue(text.contains("events recapped"), text);
        String md = cli.run("recap", "recapped", "--markdown").ok().out();
        assertTrue(md.startsWith("## Recap: recapped"), md);
        assertTrue(!md.contains("ghp_abc") && !text.contains("ghp_abc"), "the token is redacted");
        assertEquals(2, cli.run("recap", "recapped", "--json", "--markdown").code());
        assertTrue(Json.parseObject(cli.run("recap", "recapped", "--json").ok().out()).containsKey("participants"));
    }
}
