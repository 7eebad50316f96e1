package dev.baton.hub.setup;

import dev.baton.config.BatonConfig;
import dev.baton.config.RuntimeRoot;
import dev.baton.config.SecretEnv;
import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon {@code baton up} runs beside the hub, and supervises: {@code bin/agent daemon restart --foreground} in
 * its own session (a daemon already running is replaced, its agents kept), with the hub's URL and the daemon's token
 * and without the hub's secrets ({@link SecretEnv}). When it exits, the reason is logged and it is started again
 * after a {@link RestartBackoff}; the new daemon re-adopts the agents from the PTY host. {@link #close} stops it and
 * its agents.
 */
public final class LocalDaemon implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalDaemon.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final List<String> agentCli;
    private final RuntimeRoot root;
    private final String name;
    private final Map<String, String> env;
    private final Clock clock;
    private final RestartBackoff backoff;
    private final Predicate<Process> serving;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object lifecycle = new Object();
    private Process child;
    private Instant startedAt;
    private long logMark;
    private Thread supervisor;

    private LocalDaemon(List<String> agentCli, RuntimeRoot root, String name, Map<String, String> env, Clock clock,
                        RestartBackoff backoff, Predicate<Process> serving) {
        this.agentCli = List.copyOf(agentCli);
        this.root = root;
        this.name = name;
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.backoff = backoff;
        this.serving = serving == null ? this::servedBy : serving;
    }

    /** Starts the daemon and waits until it answers on its socket; then watches it. */
    /** Where Baton is installed ({@code -Dbaton.home}, set by {@code bin/baton}). */
    public static Path home() {
        return Path.of(System.getProperty("baton.home", "."));
    }

    public static LocalDaemon start(RuntimeRoot root, BatonConfig config, String hubUrl, String token, Clock clock) {
        Path agent = home().resolve("bin/agent");
        if (!Files.isExecutable(agent)) {
            throw new IllegalStateException("cannot find " + agent + " to start the local daemon");
        }
        return supervise(List.of(agent.toString()), root, config.daemon().name(),
                environment(System.getenv(), config, root, hubUrl, token), clock, RestartBackoff.Policy.DEFAULT, null);
    }

    /**
     * {@link #start} with what to run as {@code bin/agent}, the backoff, and how to tell that the daemon serves
     * ({@code null}: its pid file names a descendant and its socket accepts); tests give their own.
     */
    static LocalDaemon supervise(List<String> agentCli, RuntimeRoot root, String name, Map<String, String> env,
                                 Clock clock, RestartBackoff.Policy policy, Predicate<Process> serving) {
        LocalDaemon d = new LocalDaemon(agentCli, root, name, env, clock, new RestartBackoff(policy), serving);
        Process first = d.launch();
        if (!d.awaitServing(first)) {
            d.abandon(); // not close(): a stop would end the agents a daemon of an earlier run left to re-adopt
            throw new IllegalStateException("the local daemon did not start (" + describeExit(first) + "); see "
                    + root.daemonLog() + d.logEnd().replaceFirst("^\\. Its", "; its"));
        }
        d.supervisor = Thread.ofPlatform().name("local-daemon").daemon(true).start(d::supervise);
        return d;
    }

    /** The daemon's environment: the hub's, without any secret the config names, plus where and how to dial. */
    static Map<String, String> environment(Map<String, String> hubEnv, BatonConfig config, RuntimeRoot root,
                                           String hubUrl, String token) {
        Map<String, String> env = SecretEnv.without(hubEnv, config);
        env.put("BATON_DIR", root.dir().toString());
        env.put("BATON_HUB_URL", hubUrl);
        env.put("BATON_HUB_TOKEN", token);
        env.put("BATON_NO_BUILD", "1"); // bin/baton built the jars; a restart must never start a build under the hub
        return env;
    }

    private Process launch() {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.addAll(List.of("/usr/bin/setsid", "-w")); // Ctrl-C at baton up reaches the hub, which stops the daemon
        }
        cmd.addAll(agentCli);
        cmd.addAll(List.of("daemon", "restart", "--foreground"));
        synchronized (lifecycle) {
            if (closing.getCount() == 0) {
                return null;
            }
            try {
                logMark = Files.exists(root.daemonLog()) ? Files.size(root.daemonLog()) : 0;
                child = process(cmd).start();
                startedAt = clock.instant();
                return child;
            } catch (IOException e) {
                throw new IllegalStateException("cannot run " + agentCli.get(0) + ": " + e.getMessage(), e);
            }
        }
    }

    private ProcessBuilder process(List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.daemonLog().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb;
    }

    /** True once a daemon started by {@code p} answers on the socket; false if {@code p} exits or time runs out. */
    private boolean awaitServing(Process p) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (p != null && p.isAlive() && System.nanoTime() < deadline) {
            if (serving.test(p)) {
                return true;
            }
            try {
                p.waitFor(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The pid in the daemon's pid file is {@code p}'s descendant, and the socket accepts. */
    private boolean servedBy(Process p) {
        try {
            long pid = Long.parseLong(Files.readString(root.pidFile()).strip());
            if (p.descendants().noneMatch(h -> h.pid() == pid)) {
                return false;
            }
            try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                ch.connect(UnixDomainSocketAddress.of(root.socket()));
                return true;
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private void supervise() {
        Process p = child;
        while (p != null) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (closing.getCount() == 0) {
                return;
            }
            Duration ran = Duration.between(startedAt, clock.instant());
            switch (backoff.afterExit(ran)) {
                case RestartBackoff.RestartIn r -> {
                    String logEnd = new ExitStatus(p.exitValue()).killed() ? "" : logEnd();
                    log.warn("local daemon '{}' {} after {} s; restarting it in {} s (restart {} in a row){}", name,
                            describeExit(p), ran.toSeconds(), r.delay().toSeconds(), r.attempt(), logEnd);
                    try {
                        if (closing.await(r.delay().toMillis(), TimeUnit.MILLISECONDS)) {
                            return;
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    p = launch();
                    if (awaitServing(p)) {
                        log.info("local daemon '{}' is running again; it re-adopts the agents the PTY host kept", name);
                    }
                }
                case RestartBackoff.GiveUp g -> {
                    log.error("local daemon '{}' {} again: {} exits in a row, each within {} s of its start; not"
                            + " restarting it any more. See {}, fix what it says, then restart baton up", name,
                            describeExit(p), g.crashes() + 1, backoff.policy().healthyRun().toSeconds(), root.daemonLog());
                    return;
                }
            }
        }
    }

    /** False once it has given up (a crash loop) or been closed. */
    boolean supervising() {
        return supervisor != null && supervisor.isAlive();
    }

    /** How the process ended, in words; or that it never answered. */
    static String describeExit(Process p) {
        return p == null || p.isAlive() ? "did not answer within " + START_TIMEOUT.toSeconds() + " s"
                : new ExitStatus(p.exitValue()).describe();
    }

    /** What the last daemon wrote to {@code agentd.log} (its last 8 lines), to show why it exited. */
    private String logEnd() {
        try (var in = java.nio.channels.FileChannel.open(root.daemonLog())) {
            long from = Math.max(logMark, in.size() - 64 * 1024);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) (in.size() - from));
            in.read(buf, from);
            List<String> lines = new String(buf.array(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : ". Its log ends:\n  | "
                    + String.join("\n  | ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops supervising and ends the starting process, leaving any agents in the PTY host. */
    private void abandon() {
        synchronized (lifecycle) {
            closing.countDown();
        }
        if (child != null && child.isAlive()) {
            child.destroy();
        }
    }

    /** Stops supervising, then the daemon and its agents ({@code agent daemon stop}). */
    @Override
    public void close() {
        Process p;
        synchronized (lifecycle) {
            closing.countDown();
            p = child;
        }
        List<String> cmd = new ArrayList<>(agentCli);
        cmd.addAll(List.of("daemon", "stop"));
        try {
            Process stop = process(cmd).start();
            if (!stop.waitFor(60, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
            if (p != null && !p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        } catch (IOException e) {
            log.warn("cannot stop the local daemon: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
