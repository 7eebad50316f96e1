package dev.baton.daemon.activity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Claude Code's transcripts of a worktree: {@code <config dir>/projects/<cwd with every non-alphanumeric character
 * made '-'>/<session id>.jsonl}, those written since the session started, with their subagents' transcripts
 * ({@code <session id>/subagents/agent-<id>.jsonl}: their requests are the session's spend too), plus any file a
 * hook named ({@code transcript_path}).
 */
final class ClaudeTranscripts implements TranscriptLocator {
    /** The session file, and {@code <session>/subagents/[nested/]agent-<id>.jsonl} a few levels down. */
    private static final int DEPTH = 5;
    private final List<Path> projectDirs;
    private final Instant since;
    private final Set<Path> named = new LinkedHashSet<>();

    ClaudeTranscripts(Path configDir, Path worktree, Instant since) {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(configDir.resolve("projects").resolve(encode(worktree.toAbsolutePath().normalize())));
        try {
            dirs.add(configDir.resolve("projects").resolve(encode(worktree.toRealPath())));
        } catch (IOException e) {
            // not there (yet): the path as given is all there is
        }
        this.projectDirs = List.copyOf(dirs);
        this.since = since.minusSeconds(5);
    }

    static String encode(Path cwd) {
        return cwd.toString().replaceAll("[^a-zA-Z0-9]", "-");
    }

    @Override
    public List<Path> files() {
        Set<Path> out = new LinkedHashSet<>(named);
        for (Path dir : projectDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.walk(dir, DEPTH)) {
                list.filter(p -> p.getFileName().toString().endsWith(".jsonl") && (p.getParent().equals(dir)
                        || dir.relativize(p).toString().contains("subagents"))).filter(this::recent).sorted().forEach(out::add);
            } catch (IOException e) {
                // listed again on the next poll
            }
        }
        return new ArrayList<>(out);
    }

    private boolean recent(Path p) {
        try {
            return !Files.getLastModifiedTime(p).toInstant().isBefore(since);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void named(Path file) {
        named.add(file.toAbsolutePath().normalize());
    }

    @Override
    public TranscriptFormat format() {
        return new ClaudeTranscript();
    }
}
