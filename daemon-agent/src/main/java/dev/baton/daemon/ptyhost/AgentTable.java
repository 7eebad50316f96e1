package dev.baton.daemon.ptyhost;

import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.pty.LaunchSpec;
import dev.baton.daemon.pty.TerminalLauncher;
import dev.baton.daemon.pty.wire.HostReply;
import dev.baton.daemon.pty.wire.HostRequest.Spawn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents this host holds, by key (the session id), and how long the host has been idle: no agents (an exited
 * agent counts until it is released) and no daemon connection.
 */
final class AgentTable {
    private static final Logger log = LoggerFactory.getLogger(AgentTable.class);

    /** A spawned agent, or why not. */
    record Spawned(HostedAgent agent, String problem) {}

    private final TerminalLauncher launcher;
    private final int ringBytes;
    private final LongSupplier nanos;
    private final Map<String, HostedAgent> agents = new ConcurrentHashMap<>();
    private final AtomicInteger links = new AtomicInteger();
    private volatile long idleSince;

    AgentTable(TerminalLauncher launcher, int ringBytes, LongSupplier nanos) {
        this.launcher = launcher;
        this.ringBytes = ringBytes;
        this.nanos = nanos;
        this.idleSince = nanos.getAsLong();
    }

    synchronized Spawned spawn(Spawn s) {
        if (agents.containsKey(s.key())) {
            return new Spawned(null, "the PTY host already holds an agent " + s.key());
        }
        try {
            AgentTerminal terminal = launcher.launch(new LaunchSpec(s.key(), s.command(), s.env(), Path.of(s.cwd()),
                    s.cols(), s.rows()));
            HostedAgent agent = new HostedAgent(s.key(), terminal, ringBytes, this::touch);
            agents.put(s.key(), agent);
            agent.start();
            log.info("agent {} started (pid {}): {}", s.key(), terminal.pid(), s.command().get(0));
            return new Spawned(agent, null);
        } catch (IOException | RuntimeException e) {
            return new Spawned(null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    Optional<HostedAgent> get(String key) {
        return Optional.ofNullable(agents.get(key));
    }

    void signal(String key, int signal) {
        HostedAgent agent = agents.get(key);
        if (agent != null && agent.alive()) {
            Arrays.stream(AgentTerminal.Signal.values()).filter(s -> s.number() == signal).findFirst()
                    .ifPresent(agent.terminal()::signalGroup);
        }
    }

    HostReply release(String key) {
        HostedAgent agent = agents.get(key);
        if (agent == null) {
            return new HostReply.Done();
        }
        if (agent.alive()) {
            return new HostReply.Refused("agent " + key + " is still running; signal it first");
        }
        agents.remove(key, agent);
        touch();
        return new HostReply.Done();
    }

    List<HostReply.AgentStatus> list() {
        return agents.values().stream().map(HostedAgent::status).toList();
    }

    void linkOpened() {
        links.incrementAndGet();
    }

    void linkClosed() {
        links.decrementAndGet();
        touch();
    }

    /** True when there has been no agent and no connection for {@code quiet}. */
    boolean idleFor(Duration quiet) {
        if (!agents.isEmpty() || links.get() > 0) {
            touch();
            return false;
        }
        return nanos.getAsLong() - idleSince >= quiet.toNanos();
    }

    /** Hangs up every agent still running, then kills what is left after {@code grace}. */
    void endAll(Duration grace) {
        agents.values().stream().filter(HostedAgent::alive).forEach(a -> a.terminal().signalGroup(AgentTerminal.Signal.HUP));
        long deadline = nanos.getAsLong() + grace.toNanos();
        for (HostedAgent a : agents.values()) {
            if (!a.awaitExit(Math.max(0, deadline - nanos.getAsLong()))) {
                a.terminal().signalGroup(AgentTerminal.Signal.KILL);
            }
        }
    }

    private void touch() {
        idleSince = nanos.getAsLong();
    }
}
