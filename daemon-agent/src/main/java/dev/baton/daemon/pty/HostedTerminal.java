package dev.baton.daemon.pty;

import dev.baton.daemon.pty.wire.HostReply;
import dev.baton.daemon.pty.wire.HostRequest;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent held by the PTY host, seen through one attached connection: {@link #read} yields what the host
 * buffered, then live output, then -1 after the host reports the exit. Input, resize and signals go out on the
 * same connection. {@link #close()} detaches and leaves the agent running; once the exit has been read, it also
 * tells the host to forget the agent.
 */
final class HostedTerminal implements AgentTerminal {
    private static final Logger log = LoggerFactory.getLogger(HostedTerminal.class);
    /** What {@link #waitFor()} reports when the host itself went away (the kernel hung the agent up). */
    static final int HOST_GONE = 128 + 1;

    private final String key;
    private final long pid;
    private final long lostBeforeAttach;
    private final HostChannel channel;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private byte[] pending = new byte[0];
    private int pendingAt;
    private volatile long lostWhileAttached;

    HostedTerminal(String key, HostReply.Attached attached, HostChannel channel) {
        this.key = key;
        this.pid = attached.pid();
        this.lostBeforeAttach = attached.lostBytes();
        this.channel = channel;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public long lostBytes() {
        return lostBeforeAttach + lostWhileAttached;
    }

    @Override
    public int read(byte[] buf) throws IOException {
        while (pendingAt >= pending.length) {
            if (exit.isDone()) {
                return -1;
            }
            HostReply reply;
            try {
                reply = channel.receive();
            } catch (IOException e) {
                log.warn("agent {}: lost the PTY host ({}); the agent is gone with it", key, e.getMessage());
                exit.complete(HOST_GONE);
                return -1;
            }
            switch (reply) {
                case HostReply.Output o -> {
                    pending = o.bytes();
                    pendingAt = 0;
                }
                case HostReply.Lost l -> {
                    lostWhileAttached += l.bytes();
                    log.warn("agent {}: the PTY host dropped {} bytes of output (the daemon fell behind)", key, l.bytes());
                }
                case HostReply.Exit x -> exit.complete(x.code());
                case HostReply.Attached a -> log.debug("agent {}: unexpected attach reply", key);
                case HostReply.Agents a -> log.debug("agent {}: unexpected agents reply", key);
                case HostReply.Done d -> log.debug("agent {}: unexpected done", key);
                case HostReply.Refused r -> log.warn("agent {}: the PTY host refused: {}", key, r.reason());
            }
        }
        int n = Math.min(buf.length, pending.length - pendingAt);
        System.arraycopy(pending, pendingAt, buf, 0, n);
        pendingAt += n;
        return n;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        channel.send(new HostRequest.Input(key, bytes));
    }

    @Override
    public void resize(int cols, int rows) {
        sendQuietly(new HostRequest.Resize(key, cols, rows));
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            return HOST_GONE;
        }
    }

    @Override
    public void signalGroup(Signal signal) {
        sendQuietly(new HostRequest.Signal(key, signal.number()));
    }

    /** Detaches; the agent keeps running in the host. After its exit was read, the host forgets it too. */
    @Override
    public void close() {
        if (exit.isDone()) {
            sendQuietly(new HostRequest.Release(key));
        }
        channel.close();
    }

    private void sendQuietly(HostRequest request) {
        try {
            channel.send(request);
        } catch (IOException e) {
            log.debug("agent {}: {} not sent: {}", key, request.getClass().getSimpleName(), e.getMessage());
        }
    }
}
