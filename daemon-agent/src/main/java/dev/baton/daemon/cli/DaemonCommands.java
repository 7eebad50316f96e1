package dev.baton.daemon.cli;

import dev.baton.config.ConfigException;
import dev.baton.daemon.DaemonConfig;
import dev.baton.daemon.DaemonException;
import dev.baton.daemon.pty.HostedAgents;
import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.cli.CliJson;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.json.RecordJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code agent daemon start [-d] | stop | restart [--foreground] | upgrade [--classpath CP] | info}, and starting the
 * daemon on demand. A restart
 * checks the config first; a stop with no daemon still ends the agents the PTY host holds.
 */
final class DaemonCommands {
    private static final long START_TIMEOUT_MS = 20_000;
    private final AgentCli.Context ctx;

    DaemonCommands(AgentCli.Context ctx) {
        this.ctx = ctx;
    }

    int daemon(List<String> argv) {
        if (argv.isEmpty()) {
            throw new UsageException("usage: agent daemon start [-d] | stop | restart [--foreground]"
                    + " | upgrade [--classpath CP] | info");
        }
        Args a = Args.parse(argv.subList(1, argv.size()), Set.of("--classpath"), Set.of("-d", "--detach", "--json", "--gc",
                "--foreground"));
        return switch (argv.get(0)) {
            case "start" -> start(a.flag("-d") || a.flag("--detach"));
            case "stop" -> stop(false);
            case "restart" -> {
                checkConfig(); // before stopping anything: a config the new daemon refuses leaves this one running
                if (running()) {
                    stop(true);
                }
                yield start(!a.flag("--foreground"));
            }
            case "upgrade" -> new DaemonUpgrade(ctx, this).upgrade(a.option("--classpath")
                    .orElse(System.getProperty("java.class.path")));
            case "info" -> info(a.flag("--json"), a.flag("--gc"));
            default -> throw new UsageException("unknown daemon command '" + argv.get(0)
                    + "' (start, stop, restart, upgrade, info)");
        };
    }

    /** Validates the config as the daemon will (file, key, what is wrong); exit 2 without touching the daemon. */
    void checkConfig() {
        try {
            DaemonConfig.check(ctx.root(), ctx.env());
        } catch (ConfigException e) {
            throw new CliException(e.describe() + (running() ? "the running daemon was left as it is; " : "")
                    + "fix the config, then run: agent daemon restart", 2);
        } catch (DaemonException e) {
            throw new CliException(e.getMessage() + "\n" + (running() ? "the running daemon was left as it is; " : "")
                    + "fix it, then run: agent daemon restart", 2);
        }
    }

    /** Starts the daemon in the background unless it already runs, and says so. */
    void ensureRunning() {
        if (!running()) {
            long pid = spawn(System.getProperty("java.class.path"));
            ctx.err().println("agent: the daemon was not running; started it (pid " + pid + ", log " + ctx.root().daemonLog() + ")");
        }
    }

    boolean running() {
        try (IpcClient c = IpcClient.connect(ctx.root().socket())) {
            return true;
        } catch (IpcClient.NotRunning e) {
            return false;
        }
    }

    private int start(boolean detach) {
        if (running()) {
            ctx.err().println("agent: the daemon is already running; see: agent daemon info");
            return 1;
        }
        if (!detach) {
            return foreground();
        }
        long pid = spawn(System.getProperty("java.class.path"));
        ctx.out().println("daemon started (pid " + pid + "), socket " + ctx.root().socket() + ", log " + ctx.root().daemonLog());
        return 0;
    }

    /** Runs the daemon in this terminal until it stops; its own JVM gets the daemon's JVM flags. */
    private int foreground() {
        try {
            Process p = new ProcessBuilder(daemonCommand(false, System.getProperty("java.class.path"))).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return p.waitFor();
        } catch (IOException e) {
            throw new CliException("cannot start the daemon: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private List<String> daemonCommand(boolean newSession, String classpath) {
        List<String> cmd = new ArrayList<>();
        if (newSession && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Dpty4j.tmpdir=" + ctx.root().dir().resolve("pty4j"));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        if (System.getProperty("baton.home") != null) {
            cmd.add("-Dbaton.home=" + System.getProperty("baton.home"));
        }
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xss512k");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add("dev.baton.daemon.DaemonMain");
        return cmd;
    }

    /** Starts the daemon of the build on {@code classpath} in the background; returns its pid once it answers. */
    long spawn(String classpath) {
        ctx.err().println("agent: starting the daemon…");
        List<String> cmd = daemonCommand(true, classpath);
        try {
            Files.createDirectories(ctx.root().dir());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(ctx.root().daemonLog().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(ctx.env());
            Process p = pb.start();
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
            while (System.currentTimeMillis() < deadline) {
                if (running()) {
                    return pidOr(p.pid());
                }
                if (!p.isAlive() && !Files.exists(ctx.root().socket())) {
                    throw new CliException("the daemon exited at start (code " + p.exitValue() + "):\n" + tail(ctx.root().daemonLog()));
                }
                Thread.sleep(25);
            }
            throw new CliException("the daemon did not answer within " + START_TIMEOUT_MS / 1000 + " s; see " + ctx.root().daemonLog());
        } catch (IOException e) {
            throw new CliException("cannot start the daemon: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while starting the daemon");
        }
    }

    long pidOr(long fallback) {
        try {
            return Long.parseLong(Files.readString(ctx.root().pidFile()).strip());
        } catch (IOException | NumberFormatException e) {
            return fallback;
        }
    }

    /** Stops the daemon; {@code keepAgents} (a restart) leaves the agents running in the PTY host. */
    int stop(boolean keepAgents) {
        if (!running()) {
            return keepAgents ? 0 : endHostedAgents();
        }
        long pid = pidOr(-1);
        IpcClient.call(ctx.root().socket(), new CliRequest.Stop(keepAgents));
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive && !running()) {
                ctx.out().println("daemon stopped");
                return 0;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new CliException("the daemon did not stop within 20 s (pid " + pid + ")");
    }

    /** No daemon runs: agents still in the PTY host (a crash, a refused restart) would be unreachable; end them. */
    private int endHostedAgents() {
        HostedAgents host = new HostedAgents(ctx.root().dir());
        Optional<List<HostedAgents.Held>> ended;
        try {
            ended = host.endAll(Duration.ofSeconds(20));
        } catch (IOException e) {
            throw new CliException("cannot stop the PTY host: " + e.getMessage());
        }
        if (ended.isEmpty()) {
            ctx.err().println("agent: the daemon is not running");
            return 0;
        }
        List<HostedAgents.Held> agents = ended.get();
        Map<String, String> names = agents.isEmpty() ? Map.of() : sessionNames();
        ctx.out().println("the daemon was not running; " + (agents.isEmpty() ? "stopped the idle PTY host"
                : "ended " + agents.size() + " agent(s) left in the PTY host (" + String.join(", ", agents.stream()
                .map(h -> names.getOrDefault(h.key(), h.key()) + ": pid " + h.pid()).toList()) + ") and stopped it"));
        return 0;
    }

    /** Session id to name, from {@code state.db} (no daemon holds it now); empty if it cannot be read. */
    private Map<String, String> sessionNames() {
        if (!Files.exists(ctx.root().stateDb())) {
            return Map.of();
        }
        try (StateStore store = StateStore.openSqlite(ctx.root().stateDb())) {
            Map<String, String> names = new java.util.HashMap<>();
            store.sessions().forEach(r -> names.putIfAbsent(r.id().value(), r.name()));
            return names;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private int info(boolean json, boolean gc) {
        CliReply.DaemonFacts r = IpcClient.call(ctx.root().socket(), new CliRequest.Info(gc));
        if (json) {
            ctx.out().println(CliJson.write(r));
            return 0;
        }
        Map<String, Object> facts = RecordJson.toMap(r);
        for (String k : List.of("name", "version", "pid", "root", "socket", "config", "started_at", "uptime_s",
                "live_sessions", "heap_used_mb", "java", "hub")) {
            ctx.out().printf("%-14s %s%n", k, facts.get(k));
        }
        ctx.out().println("agents");
        r.agents().forEach((name, a) -> ctx.out().printf("  %-12s %s %s%s%n", name, a.command(),
                String.join(" ", a.args()), a.found() ? "" : "   (NOT FOUND on PATH)"));
        return 0;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
