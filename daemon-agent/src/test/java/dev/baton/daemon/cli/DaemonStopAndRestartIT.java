package dev.baton.daemon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agent daemon restart} checks the config before it stops anything, and {@code agent daemon stop} ends the
 * agents the PTY host still holds even when no daemon runs: no agent is ever left where nothing can reach it.
 */
class DaemonStopAndRestartIT {
    @TempDir
    Path tmp;

    @Test
    void a_restart_with_a_typo_in_the_config_prints_the_error_and_leaves_the_running_daemon_and_its_agents() throws Exception {
        TempRepo repo = TempRepo.create(tmp);
        try (DaemonProcess daemon = new DaemonProcess(tmp.resolve("root"), Map.of()).config("").start()) {
            Cli cli = daemon.cli();
            long agent = runAgent(cli, repo, "keeper");
            Path config = daemon.root().resolve("config.toml");
            String good = Files.readString(config);
            Files.writeString(config, "comand = \"oops\"\n", StandardOpenOption.APPEND); // lands in [agents.scripted]

            Cli.Result r = cli.run("daemon", "restart");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(config.toString()) && r.err().contains("agents.scripted.comand")
                    && r.err().contains("unknown key"), r.err());
            assertTrue(r.err().contains("the running daemon was left as it is"), r.err());
            assertTrue(ProcessHandle.of(daemon.pid()).map(ProcessHandle::isAlive).orElse(false), "the old daemon runs on");
            assertTrue(cli.run("daemon", "info", "--json").ok().out().contains("\"pid\":" + daemon.pid()));
            assertTrue(alive(agent), "the agent runs on");
            cli.run("send-input", "keeper", "--", "still here").ok();
            Eventually.await("the old daemon to serve the agent", Duration.ofSeconds(20),
                    () -> cli.screen("keeper").contains("got: still here"));

            Files.writeString(config, good);
            cli.run("daemon", "restart").ok();
            String info = cli.run("daemon", "info", "--json").ok().out();
            assertTrue(!info.contains("\"pid\":" + daemon.pid() + ","), "a new daemon serves: " + info);
            assertTrue(cli.run("ls").ok().out().contains("keeper"), "and it adopted the agent");
            assertTrue(alive(agent));
        }
    }

    @Test
    void a_stop_without_a_daemon_ends_the_agents_left_in_the_pty_host_and_says_which() throws Exception {
        TempRepo repo = TempRepo.create(tmp);
        try (DaemonProcess daemon = new DaemonProcess(tmp.resolve("root"), Map.of()).config("").start()) {
            Cli cli = daemon.cli();
            long agent = runAgent(cli, repo, "orphan");
            ProcessHandle host = daemon.host().orElseThrow();
            daemon.kill9();
            assertTrue(alive(agent), "the agent outlives the crashed daemon in the PTY host");

            Cli.Result r = cli.run("daemon", "stop").ok();
            assertTrue(r.out().contains("the daemon was not running; ended 1 agent(s) left in the PTY host")
                    && r.out().contains("(orphan: pid " + agent + ")"), r.out());
            Eventually.await("the agent to end", Duration.ofSeconds(20), () -> !alive(agent));
            Eventually.await("the PTY host to exit", Duration.ofSeconds(20), () -> !host.isAlive());
            assertTrue(cli.run("daemon", "stop").ok().err().contains("the daemon is not running"));
        }
    }

    private static long runAgent(Cli cli, TempRepo repo, String name) {
        cli.run("run", "--name", name, "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
        Eventually.await("the agent's prompt", Duration.ofSeconds(20), () -> cli.screen(name).contains("\n>"));
        return Long.parseLong(cli.run("ls", "--json").ok().out().replaceAll("(?s).*\"pid\":(\\d+).*", "$1"));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
