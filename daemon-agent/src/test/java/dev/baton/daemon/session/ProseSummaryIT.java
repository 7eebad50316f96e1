package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.AgentSpec;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import dev.baton.recap.MarkdownRecap;
import dev.baton.recap.Recap;
import dev.baton.recap.RecapBuilder;
import dev.baton.recap.SessionFacts;
import dev.baton.recap.TerminalRecap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recap's optional prose summary, written by the real {@code claude -p} (npm) against the fake Messages API: the
 * model is given the recap's facts and the turns, its answer comes back labelled machine-written, and a CLI that
 * hangs or fails leaves a recap that says why there is no summary.
 */
class ProseSummaryIT {

    @TempDir
    Path tmp;

    @Test
    void real_claude_p_writes_the_summary_from_the_facts_and_turns() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start()) {
            api.replyWhen("handoff summary", "Ana asked for a retry loop in the fetcher. The agent added it and the"
                    + " tests pass; next, review the backoff constants.");
            Map<String, String> env = new HashMap<>(System.getenv());
            env.putAll(RealClaude.env(home, api));
            AgentSpec spec = new AgentSpec("claude", claude.toString(), List.of(), Map.of(), AgentSpec.Vendor.CLAUDE, true);

            Recap.Prose prose = ProseSummary.write(recap(), events(), spec, env, Duration.ofSeconds(60));

            assertEquals("", prose.problem());
            assertEquals("claude -p", prose.writer());
            assertTrue(prose.text().startsWith("Ana asked for a retry loop"), prose.text());
            String sent = api.requests().stream().map(FakeAnthropicApi.Request::body)
                    .filter(b -> b.contains("handoff summary")).findFirst().orElseThrow();
            assertTrue(sent.contains("add a retry loop to the fetcher") && sent.contains("bob: also cap it at 5 tries"),
                    "the model saw the goal and the turns: " + sent.length() + " chars");
            assertTrue(!sent.contains("ghp_abcdefghijklmnopqrstuvwxyz0123"), "secrets never reach the model");
            String md = MarkdownRecap.render(recap().withProse(prose));
            assertTrue(md.contains("machine-written by claude -p") && md.contains("Ana asked for a retry loop"), md);
        }
    }

    @Test
    void a_cli_that_hangs_is_cut_off_and_the_recap_says_why() throws Exception {
        Path hangs = script("hangs", "#!/bin/sh\ncat >/dev/null\nsleep 60\n");
        long t0 = System.nanoTime();
        Recap.Prose prose = ProseSummary.write(recap(), events(), spec(hangs), System.getenv(), Duration.ofSeconds(1));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(prose.problem().contains("did not finish within 1 s"), prose.problem());
        assertTrue(ms < 10_000, "cut off near the timeout, took " + ms + " ms");
        String text = TerminalRecap.render(recap().withProse(prose));
        assertTrue(text.contains("No prose summary: claude -p did not finish within 1 s. The facts below are complete."), text);
    }

    @Test
    void a_failing_cli_or_a_generic_agent_gives_the_reason() throws Exception {
        Path fails = script("fails", "#!/bin/sh\ncat >/dev/null\necho 'no credits' >&2\nexit 3\n");
        assertEquals("claude -p exited with status 3",
                ProseSummary.write(recap(), events(), spec(fails), System.getenv(), Duration.ofSeconds(20)).problem());
        AgentSpec generic = new AgentSpec("demo", "/bin/cat", List.of(), Map.of(), AgentSpec.Vendor.GENERIC, false);
        assertTrue(ProseSummary.write(recap(), events(), generic, System.getenv(), Duration.ofSeconds(5)).problem()
                .startsWith("prose summaries need a claude or codex agent"));
    }

    private Path script(String name, String body) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    private static AgentSpec spec(Path command) {
        return new AgentSpec("claude", command.toString(), List.of(), Map.of(), AgentSpec.Vendor.CLAUDE, true);
    }

    private static List<SessionEvent> events() {
        Sender ana = new Sender(Sender.Surface.WEB, "ana");
        return List.of(
                new SessionEvent.Created("fetch", "claude", "/src/app", "main", "baton/fetch", "",
                        "add a retry loop to the fetcher, token ghp_abcdefghijklmnopqrstuvwxyz0123", ana),
                new SessionEvent.TurnQueued("t1", 1, new Sender(Sender.Surface.SLACK, "bob"), "also cap it at 5 tries", 0));
    }

    private static Recap recap() {
        return RecapBuilder.build(SessionFacts.eventsOnly(events()));
    }
}
