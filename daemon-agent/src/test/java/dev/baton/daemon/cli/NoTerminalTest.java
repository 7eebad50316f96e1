package dev.baton.daemon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a terminal (a test's stdin is not one), {@code agent} prints its usage as before, and {@code tui} says why not. */
class NoTerminalTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AgentCli.run(List.of(args), Map.of("BATON_DIR", "/nonexistent-baton-root"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void agent_without_arguments_and_without_a_terminal_prints_its_usage_and_exits_2() {
        assertEquals(2, run());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: agent"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("tui [--once]"), "the usage names the TUI");
    }

    @Test
    void agent_tui_without_a_terminal_says_it_needs_one() {
        assertEquals(1, run("tui"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the TUI needs an interactive terminal"), err.toString());
    }
}
