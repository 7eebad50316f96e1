package dev.baton.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path tmp;

    private BatonConfig parse(String toml) {
        return ConfigLoader.parse(tmp.resolve("config.toml"), toml, "host");
    }

    private ConfigException broken(String toml) {
        return assertThrows(ConfigException.class, () -> parse(toml));
    }

    @Test
    void the_issue_example_loads() {
        BatonConfig c = parse("""
                [agents.claude]
                command = "claude"
                args = ["--permission-mode", "default"]
                [agents.codex]
                command = "codex"
                args = []
                """);
        assertEquals(List.of("--permission-mode", "default"), c.agent("claude").orElseThrow().args());
        assertEquals(AgentSpec.Vendor.CODEX, c.agent("codex").orElseThrow().vendor());
        assertEquals("claude", c.defaultAgent().orElseThrow().name());
        assertEquals("host", c.daemon().name());
        assertEquals(120, c.daemon().cols());
    }

    @Test
    void the_pty_host_is_on_unless_turned_off() {
        assertTrue(ConfigLoader.parse(tmp.resolve("c.toml"), "[daemon]\n", "h").daemon().ptyHost());
        assertFalse(ConfigLoader.parse(tmp.resolve("c.toml"), "[daemon]\npty_host = false\n", "h").daemon().ptyHost());
        ConfigException e = broken("[daemon]\npty_host = \"yes\"\n");
        assertEquals("daemon.pty_host", e.key());
        assertEquals("must be true or false, got a string", e.problem());
    }

    @Test
    void a_missing_file_means_the_defaults() {
        BatonConfig c = ConfigLoader.load(tmp.resolve("absent.toml"), "h");
        assertEquals(java.util.Set.of("claude", "codex"), c.agents().keySet());
    }

    @Test
    void the_default_file_text_is_valid() throws Exception {
        Files.writeString(tmp.resolve("config.toml"), DefaultConfig.TEXT);
        assertEquals(2, ConfigLoader.load(tmp.resolve("config.toml"), "h").agents().size());
    }

    @Test
    void a_wrong_type_names_file_key_problem_and_example() {
        ConfigException e = broken("[agents.claude]\ncommand = \"claude\"\nargs = \"--permission-mode default\"\n");
        assertEquals("agents.claude.args", e.key());
        assertEquals("must be a list of strings, got a string", e.problem());
        String text = e.describe();
        assertTrue(text.contains(tmp.resolve("config.toml").toString()), text);
        assertTrue(text.contains("args = [\"--permission-mode\", \"default\"]"), text);
    }

    @Test
    void broken_toml_says_line_and_column() {
        ConfigException e = broken("[agents.claude\ncommand = 1\n");
        assertTrue(e.problem().startsWith("not valid TOML (line 1"), e.problem());
    }

    @Test
    void typos_and_bad_values_are_caught() {
        assertEquals("agents.claude.comand", broken("[agents.claude]\ncomand = \"claude\"\n").key());
        assertEquals("agents.claude.command", broken("[agents.claude]\nargs = []\n").key());
        assertEquals("daemon.cols", broken("[daemon]\ncols = 5\n").key());
        assertEquals("daemon.name", broken("[daemon]\nname = \"a b\"\n").key());
        assertEquals("slak", broken("[slak]\nx = 1\n").key());
        assertEquals("agents.claude.env.X", broken("[agents.claude]\ncommand = \"c\"\nenv = { X = 1 }\n").key());
    }

    @Test
    void agent_env_and_vendor_are_read() {
        AgentSpec a = parse("[agents.bot]\ncommand = \"/opt/x\"\nvendor = \"claude\"\nenv = { NO_COLOR = \"1\" }\n")
                .agent("bot").orElseThrow();
        assertEquals(Map.of("NO_COLOR", "1"), a.env());
        assertEquals(AgentSpec.Vendor.CLAUDE, a.vendor());
    }

    @Test
    void runtime_root_is_resolved_in_the_documented_order() {
        assertEquals(Path.of("/x/b"), RuntimeRoot.resolve(Map.of("BATON_DIR", "/x/b", "XDG_RUNTIME_DIR", "/run"), 7).dir());
        assertEquals(Path.of("/run/baton"), RuntimeRoot.resolve(Map.of("XDG_RUNTIME_DIR", "/run", "TMPDIR", "/t"), 7).dir());
        assertEquals(Path.of("/t/baton-7"), RuntimeRoot.resolve(Map.of("TMPDIR", "/t"), 7).dir());
        assertEquals(Path.of("/tmp/baton-7"), RuntimeRoot.resolve(Map.of(), 7).dir());
    }
}
