package dev.baton.daemon.vendor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * Marks a worktree trusted in Codex's {@code config.toml} (in {@code $CODEX_HOME}, else {@code ~/.codex}) by
 * appending a {@code [projects."<path>"] trust_level = "trusted"} table unless one for that path exists.
 */
final class CodexTrust {
    private static final Object LOCK = new Object();

    private CodexTrust() {}

    /** Codex's home directory for an agent with this environment, if it has one. */
    static Optional<Path> codexHome(Map<String, String> env) {
        String explicit = env.get("CODEX_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".codex"));
    }

    static void trust(Path codexHome, Path worktree) {
        Path file = codexHome.resolve("config.toml");
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
