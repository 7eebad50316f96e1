package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the daemon dies or restarts, sessions keep their metadata, logs and events. With the PTY host (the default)
 * a crash leaves the agents running and the next daemon adopts them; a graceful stop ends them (interrupted).
 * Without it, a crash takes the agents along and their sessions show interrupted.
 */
class DaemonRestartIT {
    @TempDir
    Path tmp;

    @Test
    void a_crashed_daemons_sessions_keep_running_and_a_stopped_daemons_are_interrupted() throws Exception {
        TempRepo repo = TempRepo.create(tmp);
        DaemonProcess first = new DaemonProcess(tmp.resolve("root"), Map.of()).config("").start();
        Cli cli = first.cli();
        cli.run("run", "--name", "survivor", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
        Eventually.await("prompt", Duration.ofSeconds(20), () -> cli.screen("survivor").contains("\n>"));
        cli.run("send-input", "survivor", "--", "remember this line").ok();
        Eventually.await("echo", Duration.ofSeconds(20), () -> cli.screen("survivor").contains("got: remember this line"));
        String agentPid = cli.run("ls", "--json").ok().out().replaceAll("(?s).*\"pid\":(\\d+).*", "$1");
        first.kill9();
        assertTrue(ProcessHandle.of(Long.parseLong(agentPid)).map(ProcessHandle::isAlive).orElse(false),
                "the agent outlives the crashed daemon");

        try (DaemonProcess second = new DaemonProcess(tmp.resolve("root"), Map.of()).start()) {
            String ls = cli.run("ls").ok().out();
            assertTrue(ls.contains("survivor") && !ls.contains("interrupted"), ls);
            String events = cli.run("events", "survivor").ok().out();
            assertTrue(events.contains("cli:") && events.contains("remember this line"), events);
            assertTrue(events.contains("adopted"), events);
            assertTrue(cli.run("screen", "survivor").ok().out().contains("got: remember this line"));
            second.stop();
            Eventually.await("the agent to end with the stop", Duration.ofSeconds(20),
                    () -> ProcessHandle.of(Long.parseLong(agentPid)).map(p -> !p.isAlive()).orElse(true));
            try (DaemonProcess third = new DaemonProcess(tmp.resolve("root"), Map.of()).start()) {
                String events2 = cli.run("events", "survivor").ok().out();
                assertTrue(events2.contains("-> interrupted (the daemon stopped)"), events2);
            }
        }
    }

    @Test
    void without_the_pty_host_a_crashed_daemons_sessions_are_interrupted_with_logs_and_events_kept() throws Exception {
        TempRepo repo = TempRepo.create(tmp);
        DaemonProcess first = new DaemonProcess(tmp.resolve("root"), Map.of()).config("pty_host = false\n", "").start();
        Cli cli = first.cli();
        cli.run("run", "--name", "survivor", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
        Eventually.await("prompt", Duration.ofSeconds(20), () -> cli.screen("survivor").contains("\n>"));
        cli.run("send-input", "survivor", "--", "remember this line").ok();
        Eventually.await("echo", Duration.ofSeconds(20), () -> cli.screen("survivor").contains("got: remember this line"));
        String agentPid = cli.run("ls", "--json").ok().out().replaceAll("(?s).*\"pid\":(\\d+).*", "$1");
        first.kill9();
        Eventually.await("the agent to die with its PTY", Duration.ofSeconds(20),
                () -> ProcessHandle.of(Long.parseLong(agentPid)).map(p -> !p.isAlive()).orElse(true));
        assertTrue(first.host().isEmpty(), "no PTY host was started");

        try (DaemonProcess second = new DaemonProcess(tmp.resolve("root"), Map.of()).start()) {
            String ls = cli.run("ls").ok().out();
            assertTrue(ls.contains("survivor") && ls.contains("interrupted"), ls);
            String events = cli.run("events", "survivor").ok().out();
            assertTrue(events.contains("cli:") && events.contains("remember this line"), events);
            assertTrue(events.contains("-> interrupted (the daemon died under it)"), events);
            assertTrue(cli.run("screen", "survivor").ok().out().contains("got: remember this line"));
            try (var logs = Files.list(tmp.resolve("root/logs"))) {
                Path log = logs.findFirst().orElseThrow();
                assertTrue(Files.readString(log).contains("got: remember this line"), "raw log kept");
            }
            cli.run("run", "--name", "second", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
            Eventually.await("prompt", Duration.ofSeconds(20), () -> cli.screen("second").contains("\n>"));
            second.stop();
            try (DaemonProcess third = new DaemonProcess(tmp.resolve("root"), Map.of()).start()) {
                String events2 = cli.run("events", "second").ok().out();
                assertTrue(events2.contains("-> interrupted (the daemon stopped)"), events2);
            }
        }
    }

    @Test
    void a_broken_config_stops_the_daemon_with_file_key_and_example() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(root.resolve("config.toml"), "[agents.claude]\ncommand = \"claude\"\nargs = \"--permission-mode default\"\n");
        Cli cli = new DaemonProcess(root, Map.of()).cli();
        Cli.Result r = cli.run("daemon", "start", "-d");
        assertTrue(r.code() != 0, r.out());
        assertTrue(r.err().contains(root.resolve("config.toml").toString()), r.err());
        assertTrue(r.err().contains("agents.claude.args"), r.err());
        assertTrue(r.err().contains("must be a list of strings, got a string"), r.err());
        assertTrue(r.err().contains("args = [\"--permission-mode\", \"default\"]"), r.err());
        assertTrue(!r.err().contains("at dev.baton"), "no stack trace: " + r.err());
    }
}
