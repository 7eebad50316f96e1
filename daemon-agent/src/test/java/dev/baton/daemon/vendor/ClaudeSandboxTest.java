package dev.baton.daemon.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claude Code's sandbox section is merged into the worktree's settings; a missing bubblewrap is named with its fix. */
class ClaudeSandboxTest {
    @TempDir
    Path tmp;

    @Test
    void the_sandbox_is_merged_into_the_settings_without_clobbering_hooks_or_the_users_keys() throws Exception {
        Path worktree = Files.createDirectories(tmp.resolve("wt"));
        Files.createDirectories(worktree.resolve(".claude"));
        Files.writeString(worktree.resolve(".claude/settings.local.json"), """
                {"model": "opus", "sandbox": {"enabled": false, "excludedCommands": ["docker"],
                 "network": {"allowedDomains": ["example.org"]}}}
                """);
        ClaudeHooks.install(worktree, Path.of("/opt/baton/bin/agent"));
        new ClaudeSandbox(List.of("github.com", "example.org")).install(worktree);
        new ClaudeSandbox(List.of("github.com", "example.org")).install(worktree); // a second start changes nothing

        JsonNode s = new ObjectMapper().readTree(worktree.resolve(".claude/settings.local.json").toFile());
        assertEquals("opus", s.path("model").asText(), "the user's keys stay");
        assertEquals("/opt/baton/bin/agent hook Stop", s.path("hooks").path("Stop").get(0).path("hooks").get(0)
                .path("command").asText(), "Baton's hooks stay");
        JsonNode sandbox = s.path("sandbox");
        assertTrue(sandbox.path("enabled").asBoolean(), s.toString());
        assertTrue(sandbox.path("failIfUnavailable").asBoolean(), "no sandbox is an error at start, not a warning");
        assertTrue(sandbox.path("autoAllowBashIfSandboxed").asBoolean(), s.toString());
        assertEquals(false, sandbox.path("allowUnsandboxedCommands").asBoolean(true), "no way out of the sandbox");
        assertEquals("[\"docker\"]", sandbox.path("excludedCommands").toString());
        assertEquals("[\"example.org\",\"github.com\"]", sandbox.path("network").path("allowedDomains").toString());
    }

    @Test
    void a_missing_bubblewrap_is_named_with_the_apt_get_that_installs_it() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Optional<String> none = ClaudeSandbox.problem("claude", empty.toString(), "Linux");
        assertTrue(none.isPresent());
        assertTrue(none.get().contains("bwrap and socat are not on the agent's PATH"), none.get());
        assertTrue(none.get().contains("apt-get install bubblewrap socat"), none.get());
        assertTrue(none.get().startsWith("agent 'claude' runs in mode \"workspace-write\""), none.get());

        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createFile(bin.resolve("socat"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Optional<String> noBwrap = ClaudeSandbox.problem("claude", empty + ":" + bin, "Linux");
        assertTrue(noBwrap.orElseThrow().contains("bwrap is not on the agent's PATH; install it with: apt-get install bubblewrap ("),
                noBwrap.get());

        Files.createFile(bin.resolve("bwrap"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertEquals(Optional.empty(), ClaudeSandbox.problem("claude", bin.toString(), "Linux"));
        assertEquals(Optional.empty(), ClaudeSandbox.problem("claude", empty.toString(), "Mac OS X"), "Seatbelt is built in");
    }
}
