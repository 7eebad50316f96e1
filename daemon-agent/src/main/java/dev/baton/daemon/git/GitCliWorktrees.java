package dev.baton.daemon.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link Worktrees} through the git CLI. Arguments are passed as argv, never through a shell. */
final class GitCliWorktrees implements Worktrees {

    @Override
    public void add(Path repo, Path dir, String branch, String base) {
        git(repo, "worktree", "add", "--quiet", "-b", branch, "--", dir.toString(), base);
    }

    @Override
    public void move(Path repo, Path from, Path to) {
        git(repo, "worktree", "move", "--", from.toString(), to.toString());
    }

    @Override
    public void checkout(Path repo, Path dir, String branch) {
        git(repo, "worktree", "add", "--quiet", "--", dir.toString(), branch);
    }

    @Override
    public void remove(Path repo, Path dir) {
        git(repo, "worktree", "remove", "--force", "--force", "--", dir.toString());
    }

    @Override
    public void savePatch(Path worktree, Path patch) {
        // A throw-away index keeps the worktree's own index untouched while untracked files are included.
        Path index = patch.resolveSibling(patch.getFileName() + ".index");
        try {
            List<String> env = List.of("GIT_INDEX_FILE=" + index);
            run(worktree, env, null, "read-tree", "HEAD");
            run(worktree, env, null, "add", "-A", "--", ".");
            run(worktree, env, patch, "diff", "--cached", "--binary", "HEAD");
        } finally {
            index.toFile().delete();
        }
    }

    @Override
    public void deleteBranch(Path repo, String branch) {
        git(repo, "branch", "-D", "--", branch);
    }

    private static String git(Path cwd, String... args) {
        return run(cwd, List.of(), null, args);
    }

    private static String run(Path cwd, List<String> env, Path stdoutFile, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add("git");
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
        for (String kv : env) {
            int eq = kv.indexOf('=');
            pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        if (stdoutFile != null) {
            pb.redirectOutput(stdoutFile.toFile());
        }
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = stdoutFile == null ? p.getInputStream().readAllBytes() : new byte[0];
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git " + args[0] + " timed out in " + cwd);
            }
            if (p.exitValue() != 0) {
                throw new GitException("git " + String.join(" ", args) + " failed: "
                        + new String(err, StandardCharsets.UTF_8).strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on PATH?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git", e);
        }
    }
}
