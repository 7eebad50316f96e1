package dev.baton.daemon.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.daemon.testing.TempRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch dialog's base branches come from {@link RepoInspector#branches}: git's local branches, current first. */
class BranchesMatchGitIT {
    @Test
    void branches_lists_the_local_branches_with_the_checked_out_one_first(@TempDir Path tmp) throws Exception {
        TempRepo repo = TempRepo.create(tmp);
        Files.writeString(repo.dir().resolve("a.txt"), "a\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "-m", "base");
        repo.git("branch", "release");
        repo.git("branch", "feature/login");
        repo.git("checkout", "-q", "release");
        List<String> cli = repo.git("for-each-ref", "--format=%(refname:short)", "refs/heads/").lines().sorted().toList();
        List<String> ours = RepoInspector.jgit().branches(repo.dir());
        assertEquals("release", ours.get(0));
        assertEquals(cli, ours.stream().sorted().toList());
        assertEquals(List.of("release", "feature/login", "main"), ours);
    }
}
