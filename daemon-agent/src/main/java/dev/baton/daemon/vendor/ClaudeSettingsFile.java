package dev.baton.daemon.vendor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * The worktree's {@code .claude/settings.local.json}, which Baton's hooks and sandbox are merged into: what is there is
 * read, edited and written back whole (atomically), never clobbered, and the file is kept out of git.
 */
final class ClaudeSettingsFile {
    private ClaudeSettingsFile() {}

    static Path of(Path worktree) {
        return worktree.resolve(".claude").resolve("settings.local.json");
    }

    /** Applies {@code edit} to the file's root object (an empty one if the file is missing or not an object). */
    static void merge(Path worktree, String what, Consumer<ObjectNode> edit) {
        Path file = of(worktree);
        try {
            Files.createDirectories(file.getParent());
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = Files.exists(file) && json.readTree(file.toFile()) instanceof ObjectNode o ? o
                    : json.createObjectNode();
            edit.accept(root);
            Path tmp = file.resolveSibling("settings.local.json.baton-tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            GitExclude.add(worktree, ".claude/settings.local.json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }
}
