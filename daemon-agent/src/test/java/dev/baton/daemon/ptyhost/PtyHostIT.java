package dev.baton.daemon.ptyhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agents live in the PTY host: they outlive a crashed or restarted daemon, and the next daemon adopts them. */
class PtyHostIT {
    static final Duration WAIT = Duration.ofSeconds(45); // generous: these tests restart JVMs on a 2-core machine

    @TempDir
    Path tmp;
    TempRepo repo;
    DaemonProcess daemon;
    Cli cli;

    @BeforeEach
    void setUp() {
        repo = TempRepo.create(tmp);
    }

    @AfterEach
    void tearDown() {
        (daemon != null ? daemon : new DaemonProcess(tmp.resolve("root"), Map.of())).close();
    }

    private DaemonProcess daemon(String... jvmArgs) {
        Path agent = Path.of("src/test/resources/trigger-agent.sh").toAbsolutePath();
        agent.toFile().setExecutable(true);
        DaemonProcess d = new DaemonProcess(tmp.resolve("root"), Map.of()).jvmArgs(jvmArgs)
                .config("[agents.trigger]\ncommand = \"" + agent + "\"\nargs = []\n");
        cli = d.cli();
        return d;
    }

    private void run(String name) {
        cli.run("run", "--name", name, "--agent", "trigger", "--repo", repo.dir().toString(), "-").ok();
        Eventually.await(name + " to start", WAIT, () -> cli.screen(name).contains("trigger-agent ready"));
    }

    /** Makes the agent act while nobody watches, and waits until it has. */
    private void trigger(String name, String command) throws IOException {
        Path dir = daemon.root().resolve("worktrees").resolve(name);
        Path staged = dir.resolve(".trigger.tmp");
        Files.writeString(staged, command);
        Files.move(staged, dir.resolve("trigger"), StandardCopyOption.ATOMIC_MOVE);
        Eventually.await(name + " to act on '" + command + "'", WAIT, () -> !Files.exists(dir.resolve("trigger")));
    }

    private long agentPid(String name) {
        for (Object o : (List<?>) Json.parse(cli.run("ls", "--json").ok().out())) {
            @SuppressWarnings("unchecked")
            Fields f = Fields.of((Map<String, Object>) o);
            if (f.string("name").equals(name)) {
                return f.number("pid");
            }
        }
        throw new AssertionError("no session " + name);
    }

    private List<Fields> events(String name) {
        return cli.run("events", name, "--json").ok().out().lines()
                .map(l -> Fields.of(Json.parseObject(l))).toList();
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Test
    void an_agent_keeps_running_through_a_daemon_crash_and_the_next_daemon_adopts_it() throws Exception {
        daemon = daemon();
        daemon.start();
        run("keeper");
        cli.run("send-input", "keeper", "--", "before the crash").ok();
        Eventually.await("echo", WAIT, () -> cli.screen("keeper").contains("got: before the crash"));
        long pid = agentPid("keeper");
        long seqBefore = events("keeper").getLast().number("seq");

        daemon.kill9();
        trigger("keeper", "say while the daemon was down");
        assertTrue(alive(pid), "the agent survived the crash");
        assertTrue(daemon.host().isPresent(), "the PTY host survived the crash");

        daemon = daemon();
        daemon.start();
        String ls = cli.run("ls").ok().out();
        assertTrue(ls.contains("keeper") && !ls.contains("interrupted"), ls);
        assertEquals(pid, agentPid("keeper"));
        String screen = cli.screen("keeper");
        assertTrue(screen.contains("got: before the crash") && screen.contains("said: while the daemon was down"), screen);
        cli.run("send-input", "keeper", "--", "after the restart").ok();
        try {
            Eventually.await("echo after adoption", WAIT, () -> cli.screen("keeper").contains("got: after the restart"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nscreen:\n" + cli.screen("keeper") + "\nevents:\n"
                    + cli.run("events", "keeper").out() + "\nhost log:\n"
                    + Files.readString(daemon.root().resolve("ptyhost.log")) + "\ndaemon log:\n" + daemon.log(), e);
        }
        Eventually.await("the log to hold the output made while the daemon was down", WAIT, () -> {
            try (var logs = Files.list(daemon.root().resolve("logs"))) {
                return Files.readString(logs.findFirst().orElseThrow()).contains("said: while the daemon was down");
            }
        });

        List<Fields> events = events("keeper");
        for (int i = 1; i < events.size(); i++) {
            assertEquals(events.get(i - 1).number("seq") + 1, events.get(i).number("seq"), "seq numbering continues");
        }
        assertTrue(events.stream().anyMatch(e -> e.string("type").equals("adopted") && e.number("seq") > seqBefore));
        assertTrue(events.stream().anyMatch(e -> e.string("type").equals("input")
                && e.string("text").equals("after the restart")));
        assertTrue(events.stream().noneMatch(e -> e.string("type").equals("output_lost")));
    }

    @Test
    void restart_keeps_sessions_running_and_stop_interrupts_them_and_ends_their_agents() throws Exception {
        daemon = daemon();
        daemon.start();
        run("steady");
        long pid = agentPid("steady");
        cli.run("daemon", "restart").ok();
        Eventually.await("the restarted daemon to adopt the session", WAIT,
                () -> cli.run("ls").ok().out().contains("steady") && events("steady").stream()
                        .anyMatch(e -> e.string("type").equals("adopted")));
        assertTrue(alive(pid));
        cli.run("send-input", "steady", "--", "still here").ok();
        Eventually.await("echo", WAIT, () -> cli.screen("steady").contains("got: still here"));
        ProcessHandle host = daemon.host().orElseThrow();

        cli.run("daemon", "stop").ok();
        Eventually.await("the agent to end", WAIT, () -> !alive(pid));
        Eventually.await("the PTY host to exit", WAIT, () -> !host.isAlive());
        daemon = daemon();
        daemon.start();
        assertTrue(cli.run("ls").ok().out().contains("interrupted"));
        assertTrue(cli.run("events", "steady").ok().out().contains("-> interrupted (the daemon stopped)"));
    }

    private long daemonPid() {
        return Fields.of(Json.parseObject(cli.run("daemon", "info", "--json").ok().out())).number("pid");
    }

    @Test
    void upgrade_restarts_onto_the_new_build_and_keeps_the_agents_with_their_pids() throws Exception {
        daemon = daemon();
        daemon.start();
        run("kept");
        long agent = agentPid("kept");
        long old = daemonPid();
        Cli.Result r = cli.run("daemon", "upgrade").ok();
        assertTrue(r.out().contains("upgrade check passed: the new build speaks PTY host protocol "
                + dev.baton.daemon.pty.wire.HostCodec.VERSION + "; the running PTY host speaks it too"), r.out());
        assertTrue(r.out().contains("kept 1 of 1 agent(s): kept (pid " + agent + ")"), r.out());
        Eventually.await("the old daemon to be gone", WAIT, () -> !alive(old));
        assertTrue(daemonPid() != old, "a new daemon serves the root");
        assertEquals(agent, agentPid("kept"), "the same agent process, adopted");
        assertTrue(alive(agent));
        cli.run("send", "kept", "--", "after the upgrade").ok();
        Eventually.await("echo", WAIT, () -> cli.screen("kept").contains("got: after the upgrade"));
    }

    @Test
    void upgrade_onto_a_build_whose_pty_host_protocol_the_host_does_not_speak_leaves_the_old_daemon_running() throws Exception {
        Path src = tmp.resolve("stub/src/dev/baton/daemon/ptyhost/PtyHostMain.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package dev.baton.daemon.ptyhost;\n"
                + "public class PtyHostMain { public static void main(String[] a) { System.out.println(99); } }\n");
        Path classes = tmp.resolve("stub/classes");
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.toString()), "the stub build compiles");
        daemon = daemon();
        daemon.start();
        run("stays");
        long agent = agentPid("stays");
        long old = daemonPid();
        Cli.Result r = cli.run("daemon", "upgrade", "--classpath", classes.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("upgrade refused: the new build speaks PTY host protocol 99, and the running PTY"
                + " host does not (it closed the connection of a protocol 99 client)"), r.err());
        assertTrue(r.err().contains("The old daemon keeps running."), r.err());
        assertEquals(old, daemonPid());
        assertEquals(agent, agentPid("stays"));
        cli.run("send", "stays", "--", "still the old one").ok();
        Eventually.await("echo", WAIT, () -> cli.screen("stays").contains("got: still the old one"));
        assertTrue(events("stays").stream().noneMatch(e -> e.string("type").equals("adopted")), "nothing restarted");
    }

    @Test
    void output_dropped_while_no_daemon_was_attached_is_reported_as_lost_bytes() throws Exception {
        daemon = daemon("-Dbaton.ptyhost.ring_bytes=65536");
        daemon.start();
        run("flood");
        daemon.kill9();
        trigger("flood", "flood 1000000");

        daemon = daemon("-Dbaton.ptyhost.ring_bytes=65536");
        daemon.start();
        Eventually.await("the end of the flood on screen", WAIT, () -> cli.screen("flood").contains("flood done"));
        Fields lost = events("flood").stream().filter(e -> e.string("type").equals("output_lost")).findFirst()
                .orElseThrow(() -> new AssertionError("no output_lost event"));
        assertTrue(lost.number("bytes") > 900_000 && lost.number("bytes") < 1_010_000, "lost " + lost.number("bytes"));
    }

    @Test
    void an_agent_that_exits_while_the_daemon_is_down_is_adopted_with_its_real_exit_code() throws Exception {
        daemon = daemon();
        daemon.start();
        run("fails");
        run("succeeds");
        daemon.kill9();
        trigger("fails", "exit 3");
        trigger("succeeds", "exit 0");

        daemon = daemon();
        daemon.start();
        Eventually.await("both to end", WAIT, () -> {
            String ls = cli.run("ls").ok().out();
            return ls.contains("failed") && ls.contains("completed");
        });
        String events = cli.run("events", "fails").ok().out();
        assertTrue(events.contains("\"exit_code\":3") && events.contains("agent exited with code 3"), events);
        assertTrue(cli.screen("fails").contains("bye"));
        Eventually.await("the PTY host to forget both", WAIT, () -> adoptable(daemon.root()).isEmpty());
    }

    @Test
    void an_agent_no_session_knows_is_ended_when_a_daemon_starts() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        var launcher = dev.baton.daemon.pty.TerminalLauncher.hosted(root);
        var stray = launcher.launch(new dev.baton.daemon.pty.LaunchSpec("stray", List.of("sleep", "300"),
                System.getenv(), tmp, 80, 24));
        long pid = stray.pid();
        stray.close();
        assertTrue(alive(pid), "closing the handle leaves the agent running in the host");
        assertEquals(List.of("stray"), launcher.adoptable());

        daemon = daemon();
        daemon.start();
        Eventually.await("the orphan to be killed", WAIT, () -> !alive(pid));
        Eventually.await("and forgotten", WAIT, () -> launcher.adoptable().isEmpty());
    }

    @Test
    void the_host_exits_by_itself_once_it_has_no_agents_and_no_daemon() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        var launcher = dev.baton.daemon.pty.TerminalLauncher.hosted(root, List.of("-Dbaton.ptyhost.idle_exit_ms=1000"));
        var t = launcher.launch(new dev.baton.daemon.pty.LaunchSpec("brief", List.of("sh", "-c", "echo hi; exit 4"),
                System.getenv(), tmp, 80, 24));
        StringBuilder out = new StringBuilder();
        byte[] buf = new byte[1024];
        int n;
        while ((n = t.read(buf)) >= 0) {
            out.append(new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(4, t.waitFor());
        assertTrue(out.toString().contains("hi"), out.toString());
        DaemonProcess view = new DaemonProcess(root, Map.of());
        ProcessHandle host = view.host().orElseThrow();
        t.close();
        Eventually.await("the idle host to exit", WAIT, () -> !host.isAlive());
        assertTrue(!Files.exists(root.resolve("ptyhost.sock")), "its socket is removed");
    }

    private static List<String> adoptable(Path root) {
        return dev.baton.daemon.pty.TerminalLauncher.hosted(root).adoptable();
    }
}
