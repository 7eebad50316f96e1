package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real daemon process running the scripted agent in real PTYs and real git worktrees. */
class SessionLifecycleIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("");
    static DaemonProcess daemon;
    static TempRepo repo;
    static Cli cli;
    static Path tmp;

    @BeforeAll
    static void fixture() {
        daemon = fx.daemon();
        repo = fx.repo();
        cli = fx.cli();
        tmp = fx.tmp();
    }

    static void run(String name, String prompt) {
        cli.run("run", "--name", name, "--agent", "scripted", "--repo", repo.dir().toString(), prompt).ok();
        awaitScreen(name, "\n>");
    }

    static void awaitScreen(String name, String text) {
        Eventually.await("'" + text + "' on the screen of " + name, WAIT, () -> cli.screen(name).contains(text));
    }

    static String state(String name) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.parse(cli.run("ls", "--json", "--all").ok().out());
        return rows.stream().filter(r -> r.get("name").equals(name)).map(r -> (String) r.get("state")).findFirst().orElse("?");
    }

    @Test
    void agent_runs_in_its_own_worktree_and_branch_with_baton_environment() {
        run("env-check", "hello agent");
        awaitScreen("env-check", "first prompt: hello agent");
        cli.run("send-input", "env-check", "--", "env").ok();
        awaitScreen("env-check", "TERM=xterm-256color");
        String screen = cli.screen("env-check");
        Path worktree = daemon.root().resolve("worktrees/env-check");
        assertTrue(screen.contains("scripted-agent ready in " + worktree), screen);
        assertTrue(screen.contains("BATON_BRANCH=baton/env-check"), screen);
        assertTrue(screen.contains("BATON_TASK=env-check"), screen);
        assertTrue(screen.contains("BATON_SOCKET=" + daemon.root().resolve("agentd.sock")), screen);
        assertTrue(screen.contains("BATON_WORKTREE=" + worktree), screen);
        assertTrue(screen.contains("BATON_SESSION_ID=s-"), screen);
        assertTrue(screen.contains("BATON_WORKSPACE=" + daemon.root()), screen);
        assertEquals("baton/env-check\n", TempRepo.gitIn(worktree, "branch", "--show-current"));
        cli.run("send-input", "env-check", "--", "size").ok();
        awaitScreen("env-check", "size: 40 120");
    }

    @Test
    void typed_input_reaches_the_agent_and_its_files_show_in_the_diff() {
        run("typing", "go");
        cli.run("send-input", "typing", "--", "write notes.txt", "hello", "world").ok();
        awaitScreen("typing", "wrote notes.txt");
        String diff = cli.run("diff", "typing").ok().out();
        assertTrue(diff.contains("+++ b/notes.txt") && diff.contains("+hello world"), diff);
        String stat = cli.run("diff", "typing", "--stat").ok().out();
        assertTrue(stat.contains("notes.txt | 1 +") && stat.contains("1 file changed, 1 insertion(+)"), stat);
        assertFalse(Files.exists(repo.dir().resolve("notes.txt")), "the main checkout is untouched");
    }

    @Test
    void control_bytes_in_typed_text_are_stripped() {
        run("controls", "go");
        cli.run("send-input", "controls", "--", "x\u001b[31my\u0007z").ok();
        awaitScreen("controls", "got: x[31myz");
    }

    @Test
    void a_y_n_prompt_blocks_the_session_until_keys_answer_it() {
        run("asking", "go");
        cli.run("send-input", "asking", "--", "ask Deploy to prod?").ok();
        awaitScreen("asking", "Deploy to prod? [y/N]");
        Eventually.await("blocked state", WAIT, () -> state("asking").equals("blocked"));
        String ls = cli.run("ls").ok().out();
        assertTrue(ls.contains("action:permission"), ls);
        cli.run("send-keys", "asking", "y", "enter").ok();
        awaitScreen("asking", "approved");
        Eventually.await("unblocked", WAIT, () -> !state("asking").equals("blocked"));
        String events = cli.run("events", "asking", "--json").ok().out();
        assertTrue(events.contains("\"type\":\"prompt_opened\"") && events.contains("\"layer\":\"screen\"")
                && events.contains("\"question\":\"Deploy to prod? [y/N]\""), events);
        assertTrue(events.matches("(?s).*\"type\":\"prompt_answered\"[^\n]*\"decision\":\"answered\"[^\n]*\"how\":\"keys\".*"), events);
    }

    @Test
    void bell_and_osc9_become_attention_events() {
        run("signals", "go");
        cli.run("send-input", "signals", "--", "bell").ok();
        cli.run("send-input", "signals", "--", "osc9 build finished").ok();
        Eventually.await("both signals as events", WAIT, () -> {
            String ev = cli.run("events", "signals", "--json").ok().out();
            return ev.contains("\"kind\":\"bell\"") && ev.contains("\"message\":\"build finished\"");
        });
        assertTrue(cli.run("events", "signals").ok().out().contains("notice:notification build finished [terminal]"));
    }

    @Test
    void exit_codes_are_recorded_as_completed_or_failed() {
        run("done-ok", "go");
        run("done-bad", "go");
        cli.run("send-input", "done-ok", "--", "exit 0").ok();
        cli.run("send-input", "done-bad", "--", "exit 3").ok();
        Eventually.await("completed", WAIT, () -> state("done-ok").equals("completed"));
        Eventually.await("failed", WAIT, () -> state("done-bad").equals("failed"));
        assertTrue(cli.run("events", "done-bad", "--json").ok().out().contains("\"exit_code\":3"));
        assertTrue(cli.run("screen", "done-bad").ok().out().contains("bye"), "the screen of an ended session is replayed from its log");
    }

    @Test
    void emit_action_blocks_and_input_clears_it() {
        run("emitter", "go");
        cli.run("emit", "emitter", "--level", "action", "--kind", "question", "--message", "which database?").ok();
        Eventually.await("blocked", WAIT, () -> state("emitter").equals("blocked"));
        assertTrue(cli.run("ls").ok().out().contains("action:question which database?"));
        cli.run("send-input", "emitter", "--", "postgres").ok();
        Eventually.await("unblocked", WAIT, () -> !state("emitter").equals("blocked"));
        var bad = cli.run("emit", "emitter", "--level", "loud", "--kind", "question");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("--level must be info, notice or action"), bad.err());
    }

    @Test
    void events_follow_streams_new_events_until_the_session_ends() throws Exception {
        run("follow", "go");
        java.util.concurrent.CompletableFuture<Cli.Result> follower =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> cli.run("events", "follow", "--follow", "--json"));
        cli.run("send-input", "follow", "--", "one").ok();
        cli.run("send-input", "follow", "--", "exit 0").ok();
        Cli.Result r = follower.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(r.out().contains("\"text\":\"one\""), r.out());
        assertTrue(r.out().contains("\"to\":\"completed\""), r.out());
        assertTrue(r.err().contains("session ended"), r.err());
    }

    @Test
    void a_session_answers_to_its_id_as_well_as_its_name_and_send_is_short_for_send_input() {
        run("by-id", "go");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.parse(cli.run("ls", "--json").ok().out());
        String id = rows.stream().filter(r -> r.get("name").equals("by-id")).map(r -> (String) r.get("id"))
                .findFirst().orElseThrow();
        cli.run("send", id, "--", "hello by id").ok();
        Eventually.await("the input to arrive", WAIT, () -> cli.run("screen", id).ok().out().contains("got: hello by id"));
        assertTrue(cli.run("events", id, "--json").ok().out().contains("\"text\":\"hello by id\""));
        var unknown = cli.run("screen", "s-000000000000");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no session named 's-000000000000'"), unknown.err());
    }
}
