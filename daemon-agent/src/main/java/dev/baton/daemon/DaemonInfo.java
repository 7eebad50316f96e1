package dev.baton.daemon;

import dev.baton.config.AgentSpec;
import dev.baton.config.BatonConfig;
import dev.baton.config.RuntimeRoot;
import dev.baton.daemon.ipc.DaemonControl;
import dev.baton.daemon.session.Sessions;
import dev.baton.protocol.cli.CliReply;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code agent daemon info} and {@code stop}: facts about this daemon, and the way to stop it. */
final class DaemonInfo implements DaemonControl {
    private final RuntimeRoot root;
    private final BatonConfig config;
    private final Sessions sessions;
    private final Instant startedAt;
    private final java.util.function.Consumer<Boolean> stop;
    private final java.util.function.Supplier<String> hub;

    DaemonInfo(RuntimeRoot root, BatonConfig config, Sessions sessions, Instant startedAt,
               java.util.function.Consumer<Boolean> stop, java.util.function.Supplier<String> hub) {
        this.hub = hub;
        this.root = root;
        this.config = config;
        this.sessions = sessions;
        this.startedAt = startedAt;
        this.stop = stop;
    }

    String version() {
        String v = DaemonInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public CliReply.DaemonFacts info(boolean gc) {
        if (gc) {
            System.gc();
        }
        Map<String, CliReply.AgentFacts> agents = new LinkedHashMap<>();
        for (AgentSpec a : config.agents().values()) {
            agents.put(a.name(), new CliReply.AgentFacts(a.command(), a.args(),
                    a.vendor().name().toLowerCase(java.util.Locale.ROOT), onPath(a.command())));
        }
        Runtime rt = Runtime.getRuntime();
        return new CliReply.DaemonFacts(config.daemon().name(), version(), ProcessHandle.current().pid(),
                root.dir().toString(), root.socket().toString(), config.source().toString(), startedAt.toString(),
                Duration.between(startedAt, Instant.now()).toSeconds(), sessions.liveCount(),
                (rt.totalMemory() - rt.freeMemory()) >> 20, Runtime.version().toString(), Optional.ofNullable(hub.get()),
                agents);
    }

    private static boolean onPath(String command) {
        if (command.contains("/")) {
            return Files.isExecutable(Path.of(command));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void requestStop(boolean endAgents) {
        stop.accept(endAgents);
    }
}
