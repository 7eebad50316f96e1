package dev.baton.daemon.vendor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps Baton's own files out of a session's diffs: a pattern in the repository's {@code info/exclude}. */
final class GitExclude {
    private GitExclude() {}

    /** Adds {@code pattern} to the exclude file of the repository that {@code worktree} belongs to. */
    static void add(Path worktree, String pattern) throws IOException {
        Path gitFile = worktree.resolve(".git");
        Path commonDir;
        if (Files.isRegularFile(gitFile)) { // a linked worktree: "gitdir: <main>/.git/worktrees/<name>"
            Path gitDir = Path.of(Files.readString(gitFile).strip().substring("gitdir:".length()).strip());
            Path common = gitDir.resolve("commondir");
            commonDir = Files.exists(common) ? gitDir.resolve(Files.readString(common).strip()).normalize() : gitDir;
        } else {
            commonDir = gitFile;
        }
        Path exclude = commonDir.resolve("info").resolve("exclude");
        Files.createDirectories(exclude.getParent());
        String existing = Files.exists(exclude) ? Files.readString(exclude) : "";
        if (!existing.lines().anyMatch(pattern::equals)) {
            Files.writeString(exclude, (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + pattern + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
