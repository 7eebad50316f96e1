package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.ModelPrice;
import dev.baton.config.PriceTable;
import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.json.Json;
import dev.baton.testing.Eventually;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Claude Code CLI against the fake Messages API, which reports known usage on every answer: the totals in
 * {@code agent ls --json} equal exactly what the fake served to the conversation, for a turn whose first message is
 * text plus a tool call (two transcript lines, one usage), and again after the daemon is killed and a new one adopts
 * the session and counts one more turn.
 */
class ClaudeUsageIT {
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void usage_in_ls_equals_what_the_fake_served_across_a_tool_call_and_a_daemon_restart() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        TempRepo repo = TempRepo.create(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start()) {
            api.enqueueTextAndToolUse("I will write the file.", "Bash",
                    Map.of("command", "echo hello > hello.txt", "description", "Write hello to a file"));
            api.enqueueText("Done.");
            Map<String, String> env = RealClaude.env(home, api);
            DaemonProcess first = new DaemonProcess(tmp.resolve("root"), env).config("""
                    [agents.claude]
                    command = "%s"
                    args = ["--permission-mode", "default"]
                    """.formatted(claude)).start();
            try {
                Cli cli = first.cli();
                cli.run("run", "--name", "u", "--agent", "claude", "--repo", repo.dir().toString(),
                        "Write hello to hello.txt").ok();
                Eventually.await("the permission prompt", WAIT, () -> cli.screen("u").contains("Do you want to proceed?"));
                cli.run("send-keys", "u", "1").ok();
                Path hello = first.root().resolve("worktrees/u/hello.txt");
                Eventually.await("hello.txt in the worktree", WAIT, () -> Files.exists(hello));
                Eventually.await("the agent's last words as an event", WAIT,
                        () -> cli.run("events", "u", "--json").out().contains("\"type\":\"agent_message\",\"text\":\"Done.\""));
                awaitUsage(cli, api);

                String events = cli.run("events", "u", "--json").out();
                assertTrue(events.contains("\"type\":\"agent_message\",\"text\":\"I will write the file.\""), events);
                assertTrue(events.matches("(?s).*\"type\":\"tool_call\",\"call_id\":\"toolu_fake_\\d+\",\"tool\":\"Bash\""
                        + ".*\"command\":\"echo hello > hello.txt\".*"), events);
                assertTrue(events.contains("\"type\":\"tool_result\""), events);
                assertTrue(!events.contains("\"ok\":false"), "the command succeeded: " + events);
                long turns = api.requests().stream().filter(FakeAnthropicApi.Request::isMainTurn).count();
                assertEquals(turns, events.lines().filter(l -> l.contains("\"type\":\"usage\"")).count(),
                        "one usage event per model request, not per content block: " + events);
                String table = cli.run("ls").ok().out();
                assertTrue(table.contains("TOKENS") && table.contains("COST"), table);
                Map<String, Object> usage = usage(cli);
                long allIn = api.servedToTurns().input() + api.servedToTurns().cacheRead() + api.servedToTurns().cacheWrite();
                assertTrue(table.contains(allIn + "/" + api.servedToTurns().output()) || table.contains(
                        String.format(java.util.Locale.ROOT, "%.1fk/%d", allIn / 1000.0, api.servedToTurns().output())), table);
                assertTrue(table.contains(usage.get("cost_usd") == null ? "?" : "$"), table);
            } finally {
                first.kill9();
            }
            try (DaemonProcess second = new DaemonProcess(tmp.resolve("root"), env).start()) {
                Cli cli = second.cli();
                Eventually.await("the session re-adopted", WAIT, () -> cli.run("events", "u", "--json").out().contains("\"type\":\"adopted\""));
                // the new daemon reads the transcript again for its state, and must not count it twice
                awaitUsage(cli, api);
                Eventually.await("the agent waiting", WAIT, () -> cli.run("ls").out().contains("waiting"));
                cli.run("send-input", "u", "--", "Say OK").ok();
                Eventually.await("a third answer served", WAIT,
                        () -> api.requests().stream().filter(FakeAnthropicApi.Request::isMainTurn).count() >= 3);
                awaitUsage(cli, api);
                assertEquals(api.servedAll(), api.servedToTurns(),
                        "every request the fake answered is one the transcript records, so ls holds all it served");
                cli.run("kill", "u");
            }
        }
    }

    /** Waits until ls's usage equals what the fake served to main turns, and checks its cost against the table. */
    private static void awaitUsage(Cli cli, FakeAnthropicApi api) {
        Eventually.await("ls usage to equal what the fake served", WAIT, () -> {
            FakeAnthropicApi.Usage served = api.servedToTurns();
            Map<String, Object> u = usage(cli);
            return ((Number) u.get("input_tokens")).longValue() == served.input()
                    && ((Number) u.get("output_tokens")).longValue() == served.output()
                    && ((Number) u.get("cache_read_tokens")).longValue() == served.cacheRead()
                    && ((Number) u.get("cache_write_tokens")).longValue() == served.cacheWrite();
        });
        Map<String, Object> u = usage(cli);
        FakeAnthropicApi.Usage served = api.servedToTurns();
        assertEquals("claude-opus-5-5", u.get("model"), "Claude Code 2.1.329's default model: " + u);
        ModelPrice price = PriceTable.builtIn().price("claude-opus-5-5").orElseThrow();
        BigDecimal expected = price.cost(served.input(), served.output(), served.cacheRead(), served.cacheWrite(), 0);
        assertEquals(0, expected.compareTo(new BigDecimal(String.valueOf(u.get("cost_usd")))), u + " vs " + expected);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> usage(Cli cli) {
        List<Object> sessions = (List<Object>) Json.parse(cli.run("ls", "--json").ok().out());
        return (Map<String, Object>) ((Map<String, Object>) sessions.get(0)).get("usage");
    }
}
