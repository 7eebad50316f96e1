package dev.baton.daemon.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodexTrustTest {
    @TempDir
    Path tmp;

    @Test
    void codex_home_is_codex_home_when_set_else_dot_codex_under_home() {
        assertEquals(Optional.of(tmp.resolve("ch")), CodexTrust.codexHome(Map.of("HOME", "/h", "CODEX_HOME", tmp.resolve("ch").toString())));
        assertEquals(Optional.of(Path.of("/h/.codex")), CodexTrust.codexHome(Map.of("HOME", "/h")));
        assertEquals(Optional.empty(), CodexTrust.codexHome(Map.of()));
    }

    @Test
    void the_worktree_is_trusted_once_after_the_users_own_settings() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("codex"));
        Files.writeString(dir.resolve("config.toml"), "model_provider = \"fake\"");
        Path worktree = tmp.resolve("wt");
        CodexTrust.trust(dir, worktree);
        CodexTrust.trust(dir, worktree);
        String toml = Files.readString(dir.resolve("config.toml"));
        assertTrue(toml.startsWith("model_provider = \"fake\"\n"), toml);
        String table = "[projects.\"" + worktree + "\"]\ntrust_level = \"trusted\"\n";
        assertEquals(toml.indexOf(table), toml.lastIndexOf(table), toml);
        assertTrue(toml.endsWith(table), toml);
    }
}
