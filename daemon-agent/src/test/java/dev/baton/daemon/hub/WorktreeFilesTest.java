package dev.baton.daemon.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorktreeFilesTest {
    @TempDir
    Path tmp;

    private WorktreeFiles tree() throws Exception {
        Path wt = Files.createDirectories(tmp.resolve("wt"));
        Files.createDirectories(wt.resolve("src/.git"));
        Files.writeString(wt.resolve("src/.git/HEAD"), "ref");
        Files.createDirectories(wt.resolve("linked"));
        Files.writeString(wt.resolve("linked/.git"), "gitdir: /elsewhere");
        Files.createDirectories(wt.resolve(".git"));
        Files.writeString(wt.resolve(".git/config"), "[core]");
        Files.writeString(wt.resolve("src/Main.java"), "class Main {}\n");
        Files.writeString(tmp.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(wt.resolve("leak"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(wt.resolve("inside"), wt.resolve("src/Main.java"));
        Files.write(wt.resolve("blob.bin"), new byte[] {1, 0, 2});
        return new WorktreeFiles(wt);
    }

    private static String refusal(WorktreeFiles f, String path) {
        return assertThrows(IllegalArgumentException.class, () -> f.read(path), path).getMessage();
    }

    @Test
    void files_are_listed_without_gits_own() throws Exception {
        List<String> files = tree().list();
        assertTrue(files.contains("src/Main.java") && files.contains("blob.bin"), files.toString());
        assertTrue(files.stream().noneMatch(f -> f.startsWith(".git/") || f.contains(".git")), files.toString());
    }

    @Test
    void path_traversal_is_refused_before_anything_is_read() throws Exception {
        WorktreeFiles f = tree();
        assertEquals("'..' is not allowed in a path", refusal(f, "../secret.txt"));
        assertEquals("'..' is not allowed in a path", refusal(f, "src/../../secret.txt"));
        assertEquals("'..' is not allowed in a path", refusal(f, "src\\..\\..\\secret.txt"));
        assertTrue(refusal(f, "/etc/passwd").contains("relative"));
        assertTrue(refusal(f, tmp.resolve("secret.txt").toString()).contains("relative"));
        assertEquals("that path leads outside the worktree", refusal(f, "leak"));
        assertEquals("git's own files are not shown", refusal(f, ".git/config"));
        assertEquals("not a valid path", refusal(f, "src/Main.java\0.txt"));
        assertTrue(refusal(f, "nope.txt").contains("no such file"));
        assertTrue(refusal(f, "src").contains("not a file"));
        assertTrue(refusal(f, "blob.bin").contains("binary"));
    }

    @Test
    void a_file_inside_is_read_even_through_a_link_that_stays_inside() throws Exception {
        WorktreeFiles f = tree();
        assertEquals("class Main {}\n", f.read("src/Main.java"));
        assertEquals("class Main {}\n", f.read("inside"));
    }

    @Test
    void a_files_part_of_a_diff_is_cut_out() {
        String diff = "diff --git a/a.txt b/a.txt\n+a\ndiff --git a/b.txt b/b.txt\n+b\n";
        assertEquals("diff --git a/b.txt b/b.txt\n+b\n\n", WorktreeFiles.fileDiff(diff, "b.txt"));
    }
}
