package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.ModelPrice;
import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.FakeOpenAiResponses;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.testing.Eventually;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Codex CLI (npm) against the fake Responses API, which reports known usage (cached input included in
 * {@code input_tokens}) on every response: the rollout of the session's worktree is found by its {@code session_meta}
 * cwd, and {@code agent ls --json} shows exactly the uncached input, the cached input as cache reads, and the output
 * the fake served, through an approved command and after a daemon restart. The fake's model has no price in the
 * shipped table, so its cost is {@code ?} until the config prices it.
 */
class CodexUsageIT {
    static final String KEY_VAR = "BATON_FAKE_OPENAI_KEY";
    static final Duration WAIT = Duration.ofSeconds(90);
    static final Path ROOT = Path.of(System.getProperty("baton.home", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void usage_in_ls_equals_what_the_fake_served_and_an_unpriced_model_costs_a_question_mark() throws Exception {
        Path codex = ROOT.resolve("tools/node_modules/.bin/codex");
        if (!Files.isExecutable(codex)) {
            System.err.println("\n*** SKIPPED: the real codex CLI is not installed (bin/test installs it) ***\n");
            Assumptions.abort("codex is not installed");
        }
        Path home = Files.createDirectories(tmp.resolve("home"));
        TempRepo repo = TempRepo.create(tmp);
        String agent = "[agents.codex]\ncommand = \"" + codex + "\"\nargs = [\"--no-daemon\"]\n";
        try (FakeOpenAiResponses api = FakeOpenAiResponses.start()) {
            api.enqueueExecCommand("echo hello > hello.txt", "Write hello to a file");
            api.enqueueText("Done.");
            writeCodexConfig(home, api.baseUrl());
            Map<String, String> env = Map.of("HOME", home.toString(), "CODEX_HOME", home.resolve(".codex").toString(),
                    KEY_VAR, "sk-fake-codex-key");
            DaemonProcess first = new DaemonProcess(tmp.resolve("root"), env).config(agent).start();
            try {
                Cli cli = first.cli();
                cli.run("run", "--name", "cx", "--agent", "codex", "--repo", repo.dir().toString(),
                        "Write hello to hello.txt").ok();
                Eventually.await("Codex's approval overlay", WAIT,
                        () -> cli.screen("cx").contains("Would you like to run the following command?"));
                Path hello = first.root().resolve("worktrees/cx/hello.txt");
                // answered with Codex's own key; pressed again only while the overlay still shows (a key that reached
                // Codex before the overlay took input is lost on a loaded machine)
                Eventually.await("hello.txt in the worktree", WAIT, () -> {
                    if (!Files.exists(hello) && cli.screen("cx").contains("Would you like to run the following command?")) {
                        cli.run("send-keys", "cx", "y").ok();
                    }
                    return Files.exists(hello);
                });
                Eventually.await("the agent's last words as an event", WAIT,
                        () -> cli.run("events", "cx", "--json").out().contains("\"type\":\"agent_message\",\"text\":\"Done.\""));
                awaitUsage(cli, api);
                Map<String, Object> u = ClaudeUsageIT.usage(cli);
                assertEquals(FakeOpenAiResponses.MODEL, u.get("model"));
                assertTrue(!u.containsKey("cost_usd"), "no price, no made-up number: " + u);
                assertTrue(String.valueOf(u.get("note")).contains("no price for " + FakeOpenAiResponses.MODEL), u.toString());
                String table = cli.run("ls").ok().out();
                assertTrue(table.lines().anyMatch(l -> l.startsWith("cx") && l.contains(" ? ")), table);
                String events = cli.run("events", "cx", "--json").out();
                assertTrue(events.matches("(?s).*\"type\":\"tool_call\",\"call_id\":\"call_fake_\\d+\",\"tool\":\"exec_command\""
                        + ".*\"command\":\"echo hello > hello.txt\".*"), events);
                assertTrue(events.contains("\"type\":\"tool_result\",\"call_id\":\"call_fake_"), events);
            } finally {
                first.kill9();
            }
            String priced = agent + "[prices.\"" + FakeOpenAiResponses.MODEL + "\"]\ninput = 1.25\noutput = 10\ncache_read = 0.125\n";
            try (DaemonProcess second = new DaemonProcess(tmp.resolve("root"), env).config(priced).start()) {
                Cli cli = second.cli();
                Eventually.await("the session re-adopted", WAIT, () -> cli.run("events", "cx", "--json").out().contains("\"type\":\"adopted\""));
                awaitUsage(cli, api);
                long before = api.requests().stream().filter(FakeOpenAiResponses.Request::isTurn).count();
                Eventually.await("Codex waiting", WAIT, () -> cli.run("ls").out().contains("waiting"));
                cli.run("send-input", "cx", "--", "Say OK").ok();
                Eventually.await("another turn served", WAIT,
                        () -> api.requests().stream().filter(FakeOpenAiResponses.Request::isTurn).count() > before);
                awaitUsage(cli, api);
                FakeOpenAiResponses.Usage served = api.servedToTurns();
                ModelPrice price = new ModelPrice(new BigDecimal("1.25"), BigDecimal.TEN, new BigDecimal("0.125"),
                        new BigDecimal("1.25"), new BigDecimal("1.25"));
                BigDecimal expected = price.cost(served.input() - served.cached(), served.output(), served.cached(), 0, 0);
                Eventually.await("the configured price applied to every request, those read before it too", WAIT, () -> {
                    Object cost = ClaudeUsageIT.usage(cli).get("cost_usd");
                    return cost != null && expected.compareTo(new BigDecimal(cost.toString())) == 0;
                });
                // Codex's thread-title ask is answered too but never written to the rollout: ls holds the turns only
                assertTrue(api.requests().stream().anyMatch(FakeOpenAiResponses.Request::isAuxiliary));
                cli.run("kill", "cx");
            }
        }
    }

    private static void awaitUsage(Cli cli, FakeOpenAiResponses api) {
        Eventually.await("ls usage to equal what the fake served", WAIT, () -> {
            FakeOpenAiResponses.Usage served = api.servedToTurns();
            Map<String, Object> u = ClaudeUsageIT.usage(cli);
            return ((Number) u.get("input_tokens")).longValue() == served.input() - served.cached()
                    && ((Number) u.get("cache_read_tokens")).longValue() == served.cached()
                    && ((Number) u.get("output_tokens")).longValue() == served.output()
                    && ((Number) u.get("cache_write_tokens")).longValue() == 0;
        });
    }

    /** The minimal offline config, as in the e2e Codex test: the fake provider and no plugin sync. */
    private static void writeCodexConfig(Path home, String baseUrl) throws Exception {
        Path dir = Files.createDirectories(home.resolve(".codex"));
        Files.writeString(dir.resolve("config.toml"), "model = \"" + FakeOpenAiResponses.MODEL + "\"\n"
                + "model_provider = \"fake\"\n\n[features]\nplugins = false\n\n"
                + "[model_providers.fake]\nname = \"fake\"\nbase_url = \"" + baseUrl + "\"\n"
                + "wire_api = \"responses\"\nenv_key = \"" + KEY_VAR + "\"\n");
    }
}
