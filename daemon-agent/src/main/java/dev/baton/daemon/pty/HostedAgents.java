package dev.baton.daemon.pty;

import dev.baton.daemon.pty.wire.HostReply;
import dev.baton.daemon.pty.wire.HostRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The runtime root's PTY host seen from outside any daemon: {@code agent daemon stop} ends the agents it still holds
 * when no daemon runs (after a crash, or a restart whose new daemon refused its config), so none is left unreachable.
 */
public final class HostedAgents {
    /** An agent the host holds: its key (the session id), its pid, and whether it still runs. */
    public record Held(String key, long pid, boolean alive) {}

    private final Path root;
    private final HostProcess host;

    public HostedAgents(Path runtimeRoot) {
        this.root = runtimeRoot;
        this.host = new HostProcess(runtimeRoot, List.of());
    }

    /** The agents of the running host; empty when no host answers. */
    public Optional<List<Held>> list() {
        try (HostChannel c = host.connectIfRunning()) {
            if (c == null) {
                return Optional.empty();
            }
            if (c.call(new HostRequest.ListAgents()) instanceof HostReply.Agents agents) {
                return Optional.of(agents.agents().stream().map(a -> new Held(a.key(), a.pid(), a.alive())).toList());
            }
            return Optional.of(List.of());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops the host, which hangs up each agent's process group and kills what is left after 2 s, and waits up to
     * {@code timeout} for the host to exit. Returns the agents that were running; empty when no host answers.
     */
    public Optional<List<Held>> endAll(Duration timeout) throws IOException {
        Optional<List<Held>> held = list();
        if (held.isEmpty()) {
            return held;
        }
        Optional<ProcessHandle> process = hostProcess();
        try (HostChannel c = host.connectIfRunning()) {
            if (c != null) {
                c.call(new HostRequest.StopHost());
            }
        }
        if (process.isPresent()) {
            try {
                process.get().onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IOException("the PTY host (pid " + process.get().pid() + ") did not stop within "
                        + timeout.toSeconds() + " s; see " + host.log());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("waiting for the PTY host: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping the PTY host");
            }
        }
        return Optional.of(held.get().stream().filter(Held::alive).toList());
    }

    private Optional<ProcessHandle> hostProcess() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(root.resolve("ptyhost.pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
