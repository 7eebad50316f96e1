package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [budgets] session_usd} enforced by the daemon alone (no hub): the real Claude Code's first request costs more
 * than a tiny budget, so the daemon pauses it (its interrupt key, turns held) and opens {@code action:budget}; a raise
 * from the CLI is recorded with who raised it and by how much, and the agent takes input again.
 */
class ClaudeBudgetIT {
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void a_tiny_session_budget_pauses_at_the_first_request_and_a_raise_resumes() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        TempRepo repo = TempRepo.create(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start()) {
            api.enqueueText("First answer.");
            try (DaemonProcess daemon = new DaemonProcess(tmp.resolve("root"), RealClaude.env(home, api)).config("""
                    [agents.claude]
                    command = "%s"
                    args = ["--permission-mode", "default"]
                    [budgets]
                    session_usd = 0.001
                    """.formatted(claude)).start()) {
                Cli cli = daemon.cli();
                cli.run("run", "--name", "b", "--agent", "claude", "--repo", repo.dir().toString(), "Say something").ok();
                Eventually.await("ls to show action:budget", WAIT, () -> cli.run("ls").ok().out().contains("action:budget"));
                String events = cli.run("events", "b", "--json").out();
                assertTrue(events.contains("\"type\":\"audit\",\"actor\":\"daemon:budget\",\"action\":\"pause\",\"outcome\":\"done\""), events);
                assertTrue(events.contains("\"type\":\"keys\",\"sender\":\"daemon:budget\",\"keys\":[\"esc\"]"),
                        "interrupted with Claude Code's key: " + events);
                assertTrue(events.contains("session budget reached: $0.0012 spent of $0.0010"), events);
                assertTrue(cli.run("ls").out().contains("blocked"), cli.run("ls").out());
                String budget = cli.run("budget", "b").ok().out();
                assertTrue(budget.contains("paused") && budget.contains("of $0.001"), budget);

                String raised = cli.run("budget", "b", "--raise", "1.00").ok().out();
                assertTrue(raised.contains("usd budget raised by 1.00 to 1.001"), raised);
                String user = daemon.env().getOrDefault("USER", System.getProperty("user.name"));
                Eventually.await("the raise recorded with who and how much", WAIT, () -> cli.run("events", "b", "--json").out()
                        .contains("\"type\":\"budget_raised\",\"by\":\"cli:" + user + "\",\"budget\":\"usd\",\"amount\":\"1.00\",\"limit\":\"1.001\""));
                Eventually.await("the budget attention gone", WAIT, () -> !cli.run("ls").out().contains("action:budget"));
                assertTrue(cli.run("events", "b", "--json").out().contains("\"action\":\"resume\",\"outcome\":\"done\""));

                long before = api.requests().stream().filter(FakeAnthropicApi.Request::isMainTurn).count();
                Eventually.await("the agent waiting", WAIT, () -> cli.run("ls").out().contains("waiting"));
                cli.run("send-input", "b", "--", "Say more").ok();
                Eventually.await("the resumed agent asks the model again", WAIT,
                        () -> api.requests().stream().filter(FakeAnthropicApi.Request::isMainTurn).count() > before);
                Eventually.await("its usage counted", WAIT, () -> ClaudeUsageIT.usage(cli).get("requests") instanceof Number n
                        && n.longValue() == before + 1);
                assertTrue(!cli.run("ls").out().contains("action:budget"), "under the raised budget: not paused again");
                assertEquals(0, cli.run("kill", "b").code());
            }
        }
    }
}
