package dev.baton.daemon.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real git repository in a temp folder, with one commit on {@code main}. */
public final class TempRepo {
    private final Path dir;

    private TempRepo(Path dir) {
        this.dir = dir;
    }

    public static TempRepo create(Path parent) {
        try {
            Path dir = Files.createDirectories(parent.resolve("repo"));
            TempRepo repo = new TempRepo(dir);
            repo.git("init", "-q", "-b", "main");
            repo.git("config", "user.email", "test@example.com");
            repo.git("config", "user.name", "Test");
            Files.writeString(dir.resolve("README.md"), "# demo\n");
            repo.git("add", ".");
            repo.git("commit", "-q", "-m", "initial");
            return repo;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Runs git in {@code cwd} (the repo by default) and returns its stdout; fails the test on error. */
    public static String gitIn(Path cwd, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new AssertionError("git " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String git(String... args) {
        return gitIn(dir, args);
    }
}
