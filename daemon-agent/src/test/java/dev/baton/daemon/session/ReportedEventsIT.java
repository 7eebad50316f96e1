package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.json.Json;
import dev.baton.testing.Eventually;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Instrumented agents' events over the daemon socket ({@code append_session_events}, {@code agent emit --batch}),
 * read back with {@code stream_events}, and the artifacts a session produces: its commits, declared files, and the
 * {@code kill --rm} patch.
 */
class ReportedEventsIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("");
    static DaemonProcess daemon;
    static TempRepo repo;
    static Cli cli;

    @BeforeAll
    static void fixture() {
        daemon = fx.daemon();
        repo = fx.repo();
        cli = fx.cli();
    }

    static String start(String name) {
        cli.run("run", "--name", name, "--agent", "scripted", "--repo", repo.dir().toString(), "go").ok();
        Eventually.await("prompt", WAIT, () -> cli.screen(name).contains("\n>"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.parse(cli.run("ls", "--json").ok().out());
        return rows.stream().filter(r -> r.get("name").equals(name)).map(r -> (String) r.get("id")).findFirst().orElseThrow();
    }

    @Test
    void emit_batch_inside_a_session_records_each_good_line_and_names_each_bad_one() {
        String id = start("batch");
        String lines = """
                {"kind":"step","message":"parsing","n":1}
                {"level":"notice","kind":"test_run","message":"12 passed","passed":12}
                this is not json

                {"level":"loud","kind":"x"}
                {"kind":"artifact","artifact":"test_result","path":"out/junit.xml","message":"unit tests"}
                """;
        Cli.Result r = cli.with("BATON_SESSION_ID", id).runWithInput(lines, "emit", "--batch");
        assertEquals(1, r.code(), r.err());
        assertEquals("recorded 3 events; 2 refused\n", r.out());
        assertTrue(r.err().contains("agent: line 3: not a JSON object"), r.err());
        assertTrue(r.err().contains("agent: line 5: level must be info, notice or action, not 'loud'"), r.err());
        String events = cli.run("events", "batch", "--json").ok().out();
        assertTrue(events.contains("\"type\":\"emitted\",\"level\":\"info\",\"kind\":\"step\",\"message\":\"parsing\",\"fields\":{\"n\":1}"), events);
        assertTrue(events.contains("\"type\":\"attention\",\"level\":\"notice\",\"kind\":\"notification\",\"message\":\"12 passed\",\"layer\":\"emit\""), events);
        String artifacts = cli.run("artifacts", "batch").ok().out();
        assertTrue(artifacts.contains(daemon.root().resolve("worktrees/batch/out/junit.xml").toString()), artifacts);
        assertTrue(artifacts.startsWith("KIND"), artifacts);
        assertTrue(cli.run("events", "batch").ok().out().contains("info:step parsing {\"n\":1}"));
    }

    @Test
    void an_agent_writes_append_session_events_straight_to_its_socket() throws Exception {
        String id = start("raw");
        String request = "{\"op\":\"append_session_events\",\"session_id\":\"" + id + "\",\"events\":["
                + "{\"level\":\"action\",\"kind\":\"question\",\"message\":\"which database?\"},{\"message\":\"no kind\"}]}\n";
        Map<String, Object> reply;
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(daemon.root().resolve("agentd.sock")));
            Channels.newOutputStream(ch).write(request.getBytes(StandardCharsets.UTF_8));
            reply = Json.parseObject(new BufferedReader(new InputStreamReader(Channels.newInputStream(ch),
                    StandardCharsets.UTF_8)).readLine());
        }
        assertEquals(true, reply.get("ok"));
        assertEquals(1L, reply.get("accepted"));
        assertEquals(List.of(Map.of("index", 1L, "error", "kind is missing (e.g. \"kind\":\"test_run\")")), reply.get("rejected"));
        Eventually.await("the action to block the session", WAIT, () -> cli.run("ls").ok().out().contains("action:question which database?"));
    }

    @Test
    void stream_events_follows_a_session_with_what_its_agent_reports_until_it_ends() throws Exception {
        String id = start("streamed");
        var follower = java.util.concurrent.CompletableFuture.supplyAsync(() -> cli.run("events", id, "--follow", "--json"));
        cli.with("BATON_SESSION_ID", id).runWithInput("{\"kind\":\"step\",\"message\":\"halfway\"}\n", "emit", "--batch").ok();
        cli.run("send", "streamed", "--", "exit 0").ok();
        Cli.Result r = follower.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(r.out().contains("\"message\":\"halfway\""), r.out());
        assertTrue(r.out().contains("\"to\":\"completed\""), r.out());
    }

    @Test
    void each_commit_on_the_branch_and_the_kill_rm_patch_are_artifacts_in_the_list_and_the_recap() {
        start("maker");
        Path wt = daemon.root().resolve("worktrees/maker");
        cli.run("send", "maker", "--", "write feature.txt done").ok();
        Eventually.await("the file", WAIT, () -> cli.screen("maker").contains("wrote feature.txt"));
        cli.run("send", "maker", "--", "commit add the feature").ok();
        Eventually.await("the commit", WAIT, () -> cli.screen("maker").contains("committed "));
        String head = TempRepo.gitIn(wt, "rev-parse", "HEAD").strip();
        Eventually.await("the commit to be an artifact", WAIT,
                () -> cli.run("artifacts", "maker").ok().out().contains(head));
        assertTrue(cli.run("artifacts", "maker").ok().out().lines()
                .anyMatch(l -> l.startsWith("commit") && l.contains(head) && l.endsWith("add the feature")));
        cli.run("send", "maker", "--", "write draft.txt unfinished").ok();
        Eventually.await("the draft", WAIT, () -> cli.screen("maker").contains("wrote draft.txt"));
        cli.run("kill", "--rm", "maker").ok();
        String after = cli.run("artifacts", "maker", "--json").ok().out();
        assertTrue(after.contains("\"kind\":\"patch\""), after);
        assertTrue(after.contains("\"commit\":\"" + head + "\""), after);
        String recap = cli.run("recap", "maker", "--no-prose").ok().out();
        assertTrue(recap.contains("Artifacts (newest first)\n  patch " + daemon.root().resolve("artifacts")), recap);
        assertTrue(recap.contains("commit " + head.substring(0, 12) + " add the feature"), recap);
    }
}
