package dev.baton.daemon.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.session.CoAuthor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worktree's commit hooks on real git commits: trailers once per person, into an existing trailer block,
 * through -m, amend, merge and an editor; the repository's own hooks still run, and other worktrees are untouched.
 */
class CommitHooksIT {
    static final CoAuthor ANA = new CoAuthor("Ana Lima", "ana@example.com");
    static final CoAuthor BOB = new CoAuthor("Bob Builder", "bob@example.com");
    @TempDir
    Path tmp;
    TempRepo repo;
    Path wt;
    CoAuthorList list;

    @BeforeEach
    void worktree() throws Exception {
        repo = TempRepo.create(tmp);
        wt = tmp.resolve("wt");
        repo.git("worktree", "add", "-q", "-b", "baton/s1", wt.toString(), "main");
        CommitHooks.install(wt);
        list = CoAuthorList.of(wt).orElseThrow();
    }

    private String commit(String... args) throws Exception {
        Files.writeString(wt.resolve("f.txt"), String.valueOf(System.nanoTime()));
        TempRepo.gitIn(wt, "add", "-A");
        String[] all = new String[args.length + 1];
        all[0] = "commit";
        System.arraycopy(args, 0, all, 1, args.length);
        TempRepo.gitIn(wt, all);
        return TempRepo.gitIn(wt, "log", "-1", "--format=%B");
    }

    private static long count(String text, String needle) {
        return text.lines().filter(l -> l.equals(needle)).count();
    }

    @Test
    void each_contributor_since_the_last_commit_gets_one_trailer_and_the_list_empties() throws Exception {
        list.add(ANA);
        list.add(BOB);
        list.add(new CoAuthor("Ana again", "ANA@example.com")); // the same email: no second line
        String msg = commit("-q", "-m", "Add f");
        assertEquals(1, count(msg, "Co-authored-by: Ana Lima <ana@example.com>"), msg);
        assertEquals(1, count(msg, "Co-authored-by: Bob Builder <bob@example.com>"), msg);
        assertTrue(msg.startsWith("Add f\n\nCo-authored-by: "), "a blank line before the trailers: " + msg);
        assertEquals("", Files.readString(list.file()), "post-commit empties the list");

        String next = commit("-q", "-m", "Nobody new");
        assertTrue(!next.contains("Co-authored-by"), "no one contributed since the last commit: " + next);
    }

    @Test
    void an_existing_trailer_block_gets_the_trailer_added_without_duplicates() throws Exception {
        list.add(ANA);
        String msg = commit("-q", "-m", "Fix\n\nCo-authored-by: Ana Lima <ana@example.com>\nCo-authored-by: Claude <noreply@anthropic.com>");
        assertEquals(1, count(msg, "Co-authored-by: Ana Lima <ana@example.com>"), msg);
        assertEquals(1, count(msg, "Co-authored-by: Claude <noreply@anthropic.com>"), msg);
        assertEquals(2, msg.strip().lines().count() - 2, "one trailer block, nothing appended below: " + msg);
    }

    @Test
    void amend_keeps_one_trailer_and_adds_new_people() throws Exception {
        list.add(ANA);
        commit("-q", "-m", "First");
        list.add(ANA);
        list.add(BOB);
        String amended = commit("-q", "--amend", "--no-edit");
        assertEquals(1, count(amended, "Co-authored-by: Ana Lima <ana@example.com>"), amended);
        assertEquals(1, count(amended, "Co-authored-by: Bob Builder <bob@example.com>"), amended);
    }

    @Test
    void a_merge_commit_is_credited_and_succeeds() throws Exception {
        repo.git("checkout", "-q", "-b", "side");
        Files.writeString(repo.dir().resolve("side.txt"), "side\n");
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "side work");
        commit("-q", "-m", "main work");
        list.add(BOB);
        TempRepo.gitIn(wt, "merge", "--no-ff", "-q", "--no-edit", "side");
        String msg = TempRepo.gitIn(wt, "log", "-1", "--format=%B%n%P");
        assertTrue(msg.startsWith("Merge branch 'side'"), msg);
        assertEquals(1, count(msg, "Co-authored-by: Bob Builder <bob@example.com>"), msg);
        assertEquals(2, msg.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ").length, "two parents: " + msg);
    }

    @Test
    void an_editor_message_is_credited_and_an_empty_one_still_aborts() throws Exception {
        list.add(ANA);
        Path editor = tmp.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nprintf 'Typed in an editor\\n' > \"$1\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(wt.resolve("f.txt"), "edited");
        TempRepo.gitIn(wt, "add", "-A");
        TempRepo.gitIn(wt, "-c", "core.editor=" + editor, "commit", "-q");
        String msg = TempRepo.gitIn(wt, "log", "-1", "--format=%B");
        assertTrue(msg.startsWith("Typed in an editor\n"), msg);
        assertEquals(1, count(msg, "Co-authored-by: Ana Lima <ana@example.com>"), msg);

        list.add(BOB);
        Path empty = tmp.resolve("empty.sh");
        Files.writeString(empty, "#!/bin/sh\n: > \"$1\"\n");
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(wt.resolve("f.txt"), "edited again");
        TempRepo.gitIn(wt, "add", "-A");
        int code = git(wt, "-c", "core.editor=" + empty, "commit", "-q");
        assertNotEquals(0, code, "an empty message still aborts the commit");
        assertTrue(Files.readString(list.file()).contains("bob@example.com"), "an aborted commit keeps the list");
    }

    @Test
    void the_repositorys_own_hooks_still_run_and_other_worktrees_are_untouched() throws Exception {
        Path hooks = Path.of(repo.git("rev-parse", "--git-path", "hooks").strip());
        hooks = hooks.isAbsolute() ? hooks : repo.dir().resolve(hooks);
        Files.createDirectories(hooks);
        Path marker = tmp.resolve("pre-commit-ran");
        Files.writeString(hooks.resolve("pre-commit"), "#!/bin/sh\necho ran >> '" + marker + "'\n");
        Files.writeString(hooks.resolve("prepare-commit-msg"), "#!/bin/sh\necho 'Reviewed-by: Repo Hook' >> \"$1\"\n");
        for (String h : List.of("pre-commit", "prepare-commit-msg")) {
            Files.setPosixFilePermissions(hooks.resolve(h), PosixFilePermissions.fromString("rwx------"));
        }
        list.add(ANA);
        String msg = commit("-q", "-m", "With repo hooks");
        assertTrue(Files.exists(marker), "the repository's pre-commit hook ran");
        assertTrue(msg.contains("Reviewed-by: Repo Hook"), msg);
        assertEquals(1, count(msg, "Co-authored-by: Ana Lima <ana@example.com>"), msg);

        assertEquals("", repo.git("config", "--get", "--default", "", "core.hooksPath").strip(),
                "the main worktree keeps its hooks path");
        Files.writeString(repo.dir().resolve("m.txt"), "main");
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", "In the main worktree");
        assertTrue(!repo.git("log", "-1", "--format=%B").contains("Co-authored-by"), "no trailers outside the session");
    }

    @Test
    void a_failing_repository_hook_still_fails_the_commit() throws Exception {
        Path hooks = repo.dir().resolve(".git").resolve("hooks");
        Files.createDirectories(hooks);
        Files.writeString(hooks.resolve("pre-commit"), "#!/bin/sh\necho 'lint failed' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hooks.resolve("pre-commit"), PosixFilePermissions.fromString("rwx------"));
        Files.writeString(wt.resolve("f.txt"), "x");
        TempRepo.gitIn(wt, "add", "-A");
        assertNotEquals(0, git(wt, "commit", "-q", "-m", "blocked"));
    }

    private static int git(Path cwd, String... args) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("git"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).directory(cwd.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue();
    }

    static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void jgit_still_reads_the_repository_and_the_worktree_after_install() throws Exception {
        for (String version : List.of("0", "1")) {
            repo.git("config", "core.repositoryformatversion", version);
            dev.baton.daemon.git.RepoInspector jgit = dev.baton.daemon.git.RepoInspector.jgit();
            assertEquals(java.util.Optional.of("baton/s1"), jgit.currentBranch(wt), "format version " + version);
            assertEquals(java.util.Optional.of("main"), jgit.currentBranch(repo.dir()), "format version " + version);
            assertTrue(jgit.branchExists(repo.dir(), "baton/s1"));
            Files.writeString(wt.resolve("new.txt"), "x\n");
            assertTrue(jgit.diff(wt, "main").contains("new.txt"), "format version " + version);
        }
    }

    @Test
    void a_moved_worktree_taken_over_by_a_new_session_keeps_its_hooks_and_starts_a_fresh_list() throws Exception {
        list.add(ANA);
        Path moved = tmp.resolve("moved");
        repo.git("worktree", "move", wt.toString(), moved.toString());
        wt = moved;
        CommitHooks.install(wt); // agent run --continue: the same worktree, a new session
        list = CoAuthorList.of(wt).orElseThrow();
        assertEquals("", Files.readString(list.file()), "the old session's contributors are not the new one's");
        list.add(BOB);
        String msg = commit("-q", "-m", "After the move");
        assertEquals(List.of("Co-authored-by: Bob Builder <bob@example.com>"),
                msg.lines().filter(l -> l.startsWith("Co-authored-by:")).toList(), msg);
        assertEquals(1, repo.git("config", "--show-origin", "--get-all", "extensions.worktreeConfig").lines().count());
    }
}
