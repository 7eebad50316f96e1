package dev.baton.daemon.testing;

import dev.baton.daemon.pty.AgentTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An {@link AgentTerminal} with no process behind it, as zellij tests its panes: every write is recorded as its own
 * entry (so "text, then Enter as a separate write" can be checked), and the test plays the agent by feeding output
 * and, at the end, an exit code. Thread-safe: the session's reader thread reads while the test feeds.
 */
public final class RecordingTerminal implements AgentTerminal {
    private static final byte[] EOF = new byte[0];
    private final LinkedBlockingQueue<byte[]> output = new LinkedBlockingQueue<>();
    private final List<byte[]> writes = new ArrayList<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final List<Signal> signals = new ArrayList<>();
    private byte[] pending;
    private volatile boolean closed;

    /** The agent prints {@code text} (UTF-8). */
    public void feed(String text) {
        output.add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The agent exits with {@code code}: the reader sees the end of output, then {@link #waitFor} returns it. */
    public void exit(int code) {
        exit.complete(code);
        output.add(EOF);
    }

    /** Every write so far, each decoded as UTF-8, in order. */
    public synchronized List<String> writes() {
        return writes.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    /** Every write so far joined together, as the agent would read it. */
    public String typed() {
        return String.join("", writes());
    }

    public synchronized List<Signal> signals() {
        return List.copyOf(signals);
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public long pid() {
        return 4242;
    }

    @Override
    public int read(byte[] buf) throws IOException {
        try {
            byte[] chunk = pending != null ? pending : output.take();
            pending = null;
            if (chunk == EOF) {
                output.add(EOF);
                return -1;
            }
            int n = Math.min(buf.length, chunk.length);
            System.arraycopy(chunk, 0, buf, 0, n);
            if (n < chunk.length) {
                pending = java.util.Arrays.copyOfRange(chunk, n, chunk.length);
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        writes.add(bytes.clone());
    }

    @Override
    public void resize(int cols, int rows) {
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void signalGroup(Signal signal) {
        signals.add(signal);
        exit(128 + signal.number());
    }

    @Override
    public void close() {
        closed = true;
    }
}
