package dev.baton.daemon.vendor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Marks a worktree trusted in {@code ~/.codex/config.toml} by appending a
 * {@code [projects."<path>"] trust_level = "trusted"} table unless one for that path exists.
 */
final class CodexTrust {
    private static final Object LOCK = new Object();

    private CodexTrust() {}

    static void trust(Path home, Path worktree) {
        Path file = home.resolve(".codex").resolve("config.toml");
        String path = worktree.toAbsolutePath().normalize().toString().replace("\\", "\\\\").replace("\"", "\\\"");
        String header = "[projects.\"" + path + "\"]";
        synchronized (LOCK) {
            try {
                Files.createDirectories(file.getParent());
                String existing = Files.exists(file) ? Files.readString(file) : "";
                if (existing.contains(header)) {
                    return;
                }
                String block = (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n")
                        + "\n" + header + "\ntrust_level = \"trusted\"\n";
                Files.writeString(file, block, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot pre-trust the worktree in " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
