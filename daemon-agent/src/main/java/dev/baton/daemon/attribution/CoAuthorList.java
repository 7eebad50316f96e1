package dev.baton.daemon.attribution;

import dev.baton.protocol.session.CoAuthor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * The people to credit on the next commit of one worktree: a file of {@code Name <email>} lines in the worktree's
 * own git dir ({@code .git/worktrees/NAME/baton/co-authors}), outside the work tree so it never shows in a diff.
 * The daemon appends; the {@code prepare-commit-msg} hook reads it and {@code post-commit} empties it.
 */
final class CoAuthorList {
    private final Path file;

    private CoAuthorList(Path file) {
        this.file = file;
    }

    /** The list of a linked worktree; empty when {@code worktree} is not one (no {@code .git} file). */
    static Optional<CoAuthorList> of(Path worktree) {
        return CommitHooks.gitDir(worktree).map(g -> new CoAuthorList(g.resolve("baton").resolve("co-authors")));
    }

    Path file() {
        return file;
    }

    /** Adds {@code who} unless someone with the same email is listed already. */
    synchronized void add(CoAuthor who) throws IOException {
        Files.createDirectories(file.getParent());
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String email = "<" + who.email().toLowerCase(Locale.ROOT) + ">";
        if (existing.lines().anyMatch(l -> l.toLowerCase(Locale.ROOT).endsWith(email))) {
            return;
        }
        Files.writeString(file, who + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
