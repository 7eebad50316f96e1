package dev.baton.daemon.pty;

import dev.baton.daemon.pty.wire.HostReply;
import dev.baton.daemon.pty.wire.HostRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches agents in the runtime root's PTY host (started on demand), so they outlive the daemon. Every
 * terminal has its own connection; lists, releases and discards use short control connections.
 */
final class HostedLauncher implements TerminalLauncher {
    private static final Logger log = LoggerFactory.getLogger(HostedLauncher.class);

    private final HostProcess host;

    HostedLauncher(Path root, List<String> hostJvmArgs) {
        this.host = new HostProcess(root, hostJvmArgs);
    }

    @Override
    public AgentTerminal launch(LaunchSpec spec) throws IOException {
        HostRequest spawn = new HostRequest.Spawn(spec.key(), spec.command(), spec.env(), spec.cwd().toString(),
                spec.cols(), spec.rows());
        try {
            return open(host.connect(), spawn, spec.key());
        } catch (java.io.EOFException e) {
            // the host was exiting for idleness as we connected; a second try starts a fresh one
            return open(host.connect(), spawn, spec.key());
        }
    }

    @Override
    public Optional<AgentTerminal> adopt(String key) {
        HostChannel c = host.connectIfRunning();
        if (c == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(open(c, new HostRequest.Attach(key), key));
        } catch (IOException e) {
            log.info("agent {} cannot be adopted: {}", key, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public List<String> adoptable() {
        try (HostChannel c = host.connectIfRunning()) {
            if (c == null) {
                return List.of();
            }
            if (c.call(new HostRequest.ListAgents()) instanceof HostReply.Agents agents) {
                return agents.agents().stream().map(HostReply.AgentStatus::key).toList();
            }
            return List.of();
        } catch (IOException e) {
            log.warn("cannot list the PTY host's agents: {}", e.getMessage());
            return List.of();
        }
    }

    @Override
    public void discard(String key) {
        adopt(key).ifPresent(t -> {
            try (t) {
                t.signalGroup(AgentTerminal.Signal.KILL);
                byte[] sink = new byte[64 * 1024];
                while (t.read(sink) >= 0) {
                    // drain to the exit
                }
                t.waitFor();
            } catch (IOException e) {
                log.warn("agent {}: discarding failed: {}", key, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void shutdown() {
        try (HostChannel c = host.connectIfRunning()) {
            if (c != null) {
                c.call(new HostRequest.StopHost());
            }
        } catch (IOException e) {
            log.debug("stopping the PTY host: {}", e.getMessage());
        }
    }

    private static IOException unexpected(HostReply reply) {
        return new IOException("unexpected reply from the PTY host: " + reply.getClass().getSimpleName());
    }

    private static AgentTerminal open(HostChannel c, HostRequest request, String key) throws IOException {
        try {
            HostReply reply = c.call(request);
            return switch (reply) {
                case HostReply.Attached a -> new HostedTerminal(key, a, c);
                case HostReply.Refused r -> throw new IOException(r.reason());
                case HostReply.Output o -> throw unexpected(o);
                case HostReply.Lost l -> throw unexpected(l);
                case HostReply.Exit x -> throw unexpected(x);
                case HostReply.Agents a -> throw unexpected(a);
                case HostReply.Done d -> throw unexpected(d);
            };
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }
}
