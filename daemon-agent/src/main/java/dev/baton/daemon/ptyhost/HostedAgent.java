package dev.baton.daemon.ptyhost;

import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.pty.wire.HostReply;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agent held by the host: its terminal, a platform thread reading the PTY master into the {@link OutputRing},
 * and at most one attached daemon {@link Link} that the ring drains to. The reader never waits for a daemon: a
 * stalled or absent daemon only makes the ring fill (and, past its capacity, drop its oldest bytes).
 */
final class HostedAgent {
    private static final Logger log = LoggerFactory.getLogger(HostedAgent.class);
    private static final int READ_CHUNK = 64 * 1024;
    private static final int SEND_CHUNK = 256 * 1024;
    /** An attached daemon that takes nothing for this long counts as stalled: the ring then drops, not waits. */
    private static final long STALL_MILLIS = 2_000;

    private final String key;
    private final AgentTerminal terminal;
    private final OutputRing ring;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final AtomicReference<Link> attached = new AtomicReference<>();
    private final ReentrantLock sending = new ReentrantLock();
    private final Runnable onExit;

    HostedAgent(String key, AgentTerminal terminal, int ringBytes, Runnable onExit) {
        this.key = key;
        this.terminal = terminal;
        this.ring = new OutputRing(ringBytes, STALL_MILLIS);
        this.onExit = onExit;
    }

    void start() {
        Thread.ofPlatform().name("pty-" + key).daemon(true).start(this::readLoop);
    }

    String key() {
        return key;
    }

    long pid() {
        return terminal.pid();
    }

    boolean alive() {
        return !exit.isDone();
    }

    /** The exit code, or -1 while the agent runs. */
    int exitCode() {
        return exit.getNow(-1);
    }

    /** Waits up to {@code nanos} for the agent to exit; true if it has. */
    boolean awaitExit(long nanos) {
        try {
            exit.get(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | ExecutionException e) {
            return !alive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !alive();
        }
    }

    HostReply.AgentStatus status() {
        return new HostReply.AgentStatus(key, pid(), alive(), exitCode());
    }

    AgentTerminal terminal() {
        return terminal;
    }

    private void readLoop() {
        byte[] buf = new byte[READ_CHUNK];
        try {
            int n;
            while ((n = terminal.read(buf)) >= 0) {
                if (n > 0) {
                    ring.append(buf, 0, n);
                }
            }
        } catch (IOException e) {
            log.debug("agent {}: PTY read ended: {}", key, e.getMessage());
        } catch (InterruptedException e) {
            log.debug("agent {}: reader interrupted", key);
        } finally {
            ring.end();
        }
        int code;
        try {
            code = terminal.waitFor();
        } catch (InterruptedException e) {
            code = -1;
        }
        log.info("agent {} (pid {}) exited with code {}", key, terminal.pid(), code);
        exit.complete(code);
        onExit.run();
    }

    /**
     * Makes {@code link} the one attached daemon connection, replacing (and closing) any earlier one, and
     * returns the bytes dropped while nobody was reading.
     */
    long attach(Link link) {
        Link previous = attached.getAndSet(link);
        if (previous != null && previous != link) {
            previous.close();
        }
        ring.consumer(true);
        return ring.takeLost();
    }

    /**
     * Sends buffered then live output, then the exit, to {@code link} while it stays attached. Bytes are
     * consumed from the ring only after a successful write, so a daemon that dies mid-write loses nothing the
     * next one can still get. Runs on the link's own thread.
     */
    void stream(Link link) {
        sending.lock();
        try {
            byte[] chunk = new byte[SEND_CHUNK];
            while (attached.get() == link) {
                long lost = ring.takeLost();
                if (lost > 0) {
                    link.send(new HostReply.Lost(key, lost));
                }
                int n = ring.peek(chunk, 500);
                if (n > 0) {
                    link.sendOutput(key, chunk, n);
                    ring.commit(n);
                } else if (n < 0) {
                    link.send(new HostReply.Exit(key, exit.get()));
                    return;
                }
            }
        } catch (IOException e) {
            log.debug("agent {}: daemon connection broke: {}", key, e.getMessage());
            detach(link);
        } catch (InterruptedException | ExecutionException e) {
            Thread.currentThread().interrupt();
        } finally {
            sending.unlock();
        }
    }

    /** Forgets {@code link} if it is the attached one; output keeps buffering. */
    void detach(Link link) {
        if (attached.compareAndSet(link, null)) {
            ring.consumer(false);
        }
    }

    boolean attachedTo(Link link) {
        return attached.get() == link;
    }
}
