package dev.baton.daemon.hub;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only access to a session's worktree for the page's file browser: the list of files, and one file's text.
 * A path is relative, without {@code ..}, and must resolve (symlinks followed) inside the worktree; anything else is
 * refused with a reason, never read.
 */
final class WorktreeFiles {
    static final int MAX_FILES = 5000;
    static final long MAX_BYTES = 1024 * 1024;
    private final Path root;

    WorktreeFiles(Path root) {
        this.root = root;
    }

    /** Files under the worktree, sorted, without {@code .git}; at most {@link #MAX_FILES}. */
    List<String> list() throws IOException {
        Path real = root.toRealPath();
        List<String> out = new ArrayList<>();
        Files.walkFileTree(real, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git") && !dir.equals(real)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().equals(".git")) { // a linked worktree's .git file
                    out.add(real.relativize(file).toString());
                }
                return out.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    /** Why {@code path} may not be read, or empty when it is a safe relative path. */
    static Optional<String> problem(String path) {
        if (path == null || path.isBlank()) {
            return Optional.of("a file path is needed");
        }
        if (path.indexOf('\0') >= 0 || path.length() > 4096) {
            return Optional.of("not a valid path");
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return Optional.of("only paths inside the worktree, relative to it, can be read");
        }
        for (String part : path.split("[/\\\\]")) {
            if (part.equals("..")) {
                return Optional.of("'..' is not allowed in a path");
            }
            if (part.equals(".git")) {
                return Optional.of("git's own files are not shown");
            }
        }
        return Optional.empty();
    }

    /** The worktree file at {@code path}, resolved safely; throws {@link IllegalArgumentException} with the reason. */
    Path resolve(String path) throws IOException {
        Optional<String> bad = problem(path);
        if (bad.isPresent()) {
            throw new IllegalArgumentException(bad.get());
        }
        Path real = root.toRealPath();
        Path file = real.resolve(path).normalize();
        if (!file.startsWith(real) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("no such file in the worktree: " + path);
        }
        Path target = file.toRealPath();
        if (!target.startsWith(real)) {
            throw new IllegalArgumentException("that path leads outside the worktree");
        }
        if (!Files.isRegularFile(target)) {
            throw new IllegalArgumentException("not a file: " + path);
        }
        return target;
    }

    /** The text of a file: refused when it is larger than 1 MiB or not UTF-8 text. */
    String read(String path) throws IOException {
        Path file = resolve(path);
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(path + " is larger than 1 MiB; it is not shown");
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                throw new IllegalArgumentException(path + " is a binary file");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(path + " is not UTF-8 text");
        }
    }

    /** The part of a whole-worktree diff that concerns {@code path}. */
    static String fileDiff(String diff, String path) {
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("diff --git ")) {
                in = line.equals("diff --git a/" + path + " b/" + path) || line.endsWith(" b/" + path);
            }
            if (in) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
