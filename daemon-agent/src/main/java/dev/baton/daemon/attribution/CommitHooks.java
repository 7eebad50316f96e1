package dev.baton.daemon.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Installs Baton's commit hooks into one linked worktree without touching the repository's own hooks: the hooks
 * live in the worktree's git dir and are switched on for that worktree alone with {@code git config --worktree
 * core.hooksPath} (which needs {@code extensions.worktreeConfig}, set once in the repository). Every other hook
 * name is a pass-through to the hooks directory the worktree used before, so the user's pre-commit checks still
 * run; Baton's three hooks run the user's hook of the same name first. {@code prepare-commit-msg} and
 * {@code commit-msg} add the co-authors' trailers; {@code post-commit} lists the new commit in {@link CommitLog}'s
 * file (the commit does not exist yet when the message hooks run).
 */
public final class CommitHooks {
    /** Hooks git runs in a work tree; each gets a pass-through to the repository's own. */
    private static final List<String> PASS_THROUGH = List.of("applypatch-msg", "pre-applypatch", "post-applypatch",
            "pre-commit", "pre-merge-commit", "pre-rebase", "post-checkout", "post-merge", "pre-push", "post-rewrite",
            "pre-auto-gc", "push-to-checkout", "sendemail-validate");

    /** The file in the worktree's {@code baton} git dir where the post-commit hook lists each commit. */
    static final String COMMIT_LOG = "commits";

    private CommitHooks() {}

    /** The commit log of {@code worktree}, where {@code post-commit} appends {@code <id> <subject>} per commit. */
    public static Optional<Path> commitLog(Path worktree) {
        return gitDir(worktree).map(d -> d.resolve("baton").resolve(COMMIT_LOG));
    }

    /** Installs the hooks; returns the co-author list they read. Throws {@link IOException} if git refuses. */
    public static Path install(Path worktree) throws IOException {
        Path gitDir = gitDir(worktree).orElseThrow(() -> new IOException(worktree + " is not a linked worktree"));
        String original = git(worktree, "rev-parse", "--git-path", "hooks").strip();
        Path hooks = gitDir.resolve("baton").resolve("hooks");
        Path list = gitDir.resolve("baton").resolve("co-authors");
        Files.createDirectories(hooks);
        Files.writeString(list, "");
        String orig = Path.of(original).isAbsolute() ? original : worktree.resolve(original).normalize().toString();
        if (orig.equals(hooks.toString())) {
            return list; // installed before (an adopted session)
        }
        for (String name : PASS_THROUGH) {
            write(hooks.resolve(name), header(orig) + "[ -x \"$orig/" + name + "\" ] && exec \"$orig/" + name
                    + "\" \"$@\"\nexit 0\n");
        }
        String credit = """
                list=%s
                [ -s "$list" ] || exit 0
                # an empty message (only comments) must stay empty, so that git still aborts the commit
                grep -v '^#' "$1" | grep -q '[^[:space:]]' || exit 0
                # a message without a final newline (git merge's) would get the trailer glued to its subject
                [ -n "$(tail -c 1 "$1")" ] && echo >> "$1"
                while IFS= read -r who; do
                  [ -n "$who" ] || continue
                  git interpret-trailers --in-place --if-exists addIfDifferent --trailer "Co-authored-by: $who" "$1" \\
                    2>/dev/null || true
                done < "$list"
                exit 0
                """.formatted(quote(list.toString()));
        // prepare-commit-msg covers -m, -F, amend, merge and squash (it also runs with --no-verify); commit-msg
        // covers a message typed in an editor, which prepare-commit-msg sees empty. The trailers are added once.
        write(hooks.resolve("prepare-commit-msg"), header(orig) + runOriginal("prepare-commit-msg") + credit);
        write(hooks.resolve("commit-msg"), header(orig) + runOriginal("commit-msg") + credit);
        // post-commit: the commit exists now; its id and subject go to the commit log the session reads (CommitLog)
        write(hooks.resolve("post-commit"), header(orig) + ": > " + quote(list.toString()) + "\n"
                + "git log -1 --format='%H %s' >> " + quote(gitDir.resolve("baton").resolve(COMMIT_LOG).toString())
                + " 2>/dev/null || true\n" + runOriginal("post-commit") + "exit 0\n");
        git(worktree, "config", "extensions.worktreeConfig", "true");
        git(worktree, "config", "--worktree", "core.hooksPath", hooks.toString());
        return list;
    }

    /** The git dir of a linked worktree, from its {@code .git} file ({@code gitdir: …}). */
    static Optional<Path> gitDir(Path worktree) {
        Path gitFile = worktree.resolve(".git");
        if (!Files.isRegularFile(gitFile)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(gitFile).strip();
            if (!line.startsWith("gitdir:")) {
                return Optional.empty();
            }
            Path dir = Path.of(line.substring("gitdir:".length()).strip());
            return Optional.of(dir.isAbsolute() ? dir : worktree.resolve(dir).normalize());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String header(String orig) {
        return "#!/bin/sh\n# Installed by Baton for this worktree only; the repository's own hooks are in orig.\norig="
                + quote(orig) + "\n";
    }

    private static String runOriginal(String name) {
        return "if [ -x \"$orig/" + name + "\" ]; then \"$orig/" + name + "\" \"$@\" || exit $?; fi\n";
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }

    private static String git(Path cwd, String... args) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add("git");
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).directory(cwd.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
        return out;
    }
}
