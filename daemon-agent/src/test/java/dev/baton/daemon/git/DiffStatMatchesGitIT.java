package dev.baton.daemon.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.daemon.testing.TempRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recap's numbers come from {@link RepoInspector#diffStat}; they must be the ones the git CLI prints. */
class DiffStatMatchesGitIT {

    @Test
    void jgit_diffstat_equals_git_diff_numstat_for_commits_edits_deletions_untracked_and_binary_files(@TempDir Path tmp)
            throws Exception {
        TempRepo repo = TempRepo.create(tmp);
        Path dir = repo.dir();
        Files.writeString(dir.resolve("a.txt"), "one\ntwo\nthree\nfour\n");
        Files.writeString(dir.resolve("gone.txt"), "x\ny\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "-m", "base files");
        repo.git("checkout", "-q", "-b", "work");
        Files.writeString(dir.resolve("a.txt"), "one\n2\nthree\nfour\nfive\n");
        repo.git("rm", "-q", "gone.txt");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/New.java"), "class New {}\n// x\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "-m", "work commit");
        Files.writeString(dir.resolve("README.md"), "# demo\nmore\n");
        Files.writeString(dir.resolve("untracked.txt"), "u1\nu2\nu3\n");
        Files.write(dir.resolve("logo.bin"), new byte[] {0, 1, 2, 0, 3});
        // intent-to-add makes the CLI count untracked files too, as the daemon's diff does
        repo.git("add", "-N", ".");

        DiffStat jgit = RepoInspector.jgit().diffStat(dir, "main");
        List<String> cli = repo.git("diff", "--numstat", "main").lines().sorted().toList();
        List<String> ours = new ArrayList<>();
        for (DiffStat.FileStat f : jgit.files()) {
            ours.add(f.binary() ? "-\t-\t" + f.path() : f.insertions() + "\t" + f.deletions() + "\t" + f.path());
        }
        assertEquals(cli, ours.stream().sorted().toList());
        String summary = repo.git("diff", "--stat", "main").lines().reduce((a, b) -> b).orElseThrow().strip();
        String rendered = jgit.render().lines().reduce((a, b) -> b).orElseThrow().strip();
        assertEquals(summary, rendered);
    }
}
