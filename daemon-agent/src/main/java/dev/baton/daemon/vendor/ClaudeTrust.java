package dev.baton.daemon.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Marks a worktree trusted in {@code ~/.claude.json} ({@code projects[path].hasTrustDialogAccepted}). The
 * file is merged, never clobbered: the first change keeps a backup, and the write is atomic.
 */
final class ClaudeTrust {
    private static final Object LOCK = new Object();

    private ClaudeTrust() {}

    static void trust(Path home, Path worktree) {
        Path file = home.resolve(".claude.json");
        synchronized (LOCK) {
            try {
                ObjectMapper json = new ObjectMapper();
                ObjectNode root;
                if (Files.exists(file)) {
                    JsonNode parsed = json.readTree(file.toFile());
                    if (!(parsed instanceof ObjectNode obj)) {
                        throw new UncheckedIOException(new IOException(file + " is not a JSON object; not touching it"));
                    }
                    root = obj;
                    Path backup = home.resolve(".claude.json.baton-backup");
                    if (!Files.exists(backup)) {
                        Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } else {
                    root = json.createObjectNode();
                }
                ObjectNode projects = root.has("projects") && root.get("projects").isObject()
                        ? (ObjectNode) root.get("projects") : root.putObject("projects");
                String key = worktree.toAbsolutePath().normalize().toString();
                ObjectNode project = projects.has(key) && projects.get(key).isObject()
                        ? (ObjectNode) projects.get(key) : projects.putObject(key);
                project.put("hasTrustDialogAccepted", true);
                Path tmp = file.resolveSibling(".claude.json.baton-tmp");
                json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot pre-trust the worktree in " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
