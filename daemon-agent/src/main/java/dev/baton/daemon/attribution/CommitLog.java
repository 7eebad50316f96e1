package dev.baton.daemon.attribution;

import dev.baton.protocol.event.SessionEvent;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commits a session makes, as {@code artifact} events: the worktree's {@code post-commit} hook
 * ({@link CommitHooks}) appends {@code <id> <subject>} per commit to a file in the worktree's git dir, and the
 * session's actor {@link #poll}s it on its tick (a size check while nothing changed). Each commit id is reported
 * once. Owned by one session's actor; not thread-safe.
 */
public final class CommitLog {
    private static final int MAX_READ = 1 << 20;
    private final Optional<Path> file;
    private final Set<String> seen;
    private long offset;

    private CommitLog(Optional<Path> file, long offset, Collection<String> known) {
        this.file = file;
        this.offset = offset;
        this.seen = new HashSet<>(known);
    }

    /** A new session's log: commits listed before it started (an earlier session in this worktree) are skipped. */
    public static CommitLog startingNow(Path worktree) {
        Optional<Path> file = CommitHooks.commitLog(worktree);
        return new CommitLog(file, file.map(CommitLog::size).orElse(0L), Set.of());
    }

    /** A re-adopted session's log: read from the start, skipping the commits its events already hold. */
    public static CommitLog resuming(Path worktree, List<SessionEvent> history) {
        List<String> known = history.stream().filter(e -> e instanceof SessionEvent.ArtifactSaved a
                && !a.commit().isEmpty()).map(e -> ((SessionEvent.ArtifactSaved) e).commit()).toList();
        return new CommitLog(CommitHooks.commitLog(worktree), 0, known);
    }

    /** The commits listed since the last poll, oldest first. */
    public List<SessionEvent.ArtifactSaved> poll() {
        if (file.isEmpty() || size(file.get()) <= offset) {
            return List.of();
        }
        byte[] bytes;
        try (RandomAccessFile f = new RandomAccessFile(file.get().toFile(), "r")) {
            long length = Math.min(f.length() - offset, MAX_READ);
            bytes = new byte[(int) length];
            f.seek(offset);
            f.readFully(bytes);
        } catch (IOException e) {
            return List.of();
        }
        int end = lastNewline(bytes);
        if (end < 0) {
            return List.of(); // a line still being written
        }
        offset += end + 1;
        List<SessionEvent.ArtifactSaved> out = new ArrayList<>();
        for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
            int space = line.indexOf(' ');
            String id = space < 0 ? line.strip() : line.substring(0, space);
            if (id.matches("[0-9a-f]{7,64}") && seen.add(id)) {
                out.add(new SessionEvent.ArtifactSaved("commit", "", id, space < 0 ? "" : line.substring(space + 1).strip()));
            }
        }
        return out;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
