package dev.baton.daemon.session.output;

import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.screen.ScreenModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves PTY output through the session: a platform reader thread appends to the raw log and hands chunks
 * to a screen thread, which feeds the screen model and fans out to subscribers without ever blocking on
 * them. Subscribing happens on the screen thread too, so a new attacher's repaint and the live bytes that
 * follow it never overlap or leave a gap.
 */
public final class OutputPump {
    private static final Logger log = LoggerFactory.getLogger(OutputPump.class);
    private static final Object EOF = new Object();

    private record Subscribe(Subscriber<byte[]> sub, boolean repaint) {}

    private record Resize(int cols, int rows) {}

    private final String name;
    private final AgentTerminal terminal;
    private final RawLog rawLog;
    private final ScreenModel screen;
    private final LongSupplier millis;
    private final IntConsumer onExit;
    private final Runnable onScreenChanged;
    private final BlockingQueue<Object> work = new ArrayBlockingQueue<>(256);
    private final List<Subscriber<byte[]>> subscribers = new CopyOnWriteArrayList<>();
    private volatile long lastOutputMillis;
    private volatile long version;

    public OutputPump(String name, AgentTerminal terminal, RawLog rawLog, ScreenModel screen, LongSupplier millis,
               IntConsumer onExit, Runnable onScreenChanged) {
        this.name = name;
        this.terminal = terminal;
        this.rawLog = rawLog;
        this.screen = screen;
        this.millis = millis;
        this.onExit = onExit;
        this.onScreenChanged = onScreenChanged;
        this.lastOutputMillis = millis.getAsLong();
    }

    public void start() {
        Thread.ofPlatform().name("pty-reader-" + name).daemon(true).start(this::readLoop);
        Thread.ofVirtual().name("screen-" + name).start(this::screenLoop);
    }

    public long lastOutputMillis() {
        return lastOutputMillis;
    }

    /** Rises whenever the screen changed. */
    public long version() {
        return version;
    }

    public void subscribe(Subscriber<byte[]> sub, boolean repaint) {
        enqueue(new Subscribe(sub, repaint));
    }

    public void resize(int cols, int rows) {
        enqueue(new Resize(cols, rows));
    }

    private void readLoop() {
        byte[] buf = new byte[64 * 1024];
        boolean logBroken = false;
        try {
            int n;
            while ((n = terminal.read(buf)) >= 0) {
                if (n == 0) {
                    continue;
                }
                try {
                    rawLog.write(buf, 0, n);
                } catch (IOException e) {
                    if (!logBroken) {
                        log.error("session {}: raw log write failed, output is no longer logged: {}", name, e.getMessage());
                        logBroken = true;
                    }
                }
                lastOutputMillis = millis.getAsLong();
                work.put(java.util.Arrays.copyOf(buf, n));
            }
        } catch (IOException e) {
            log.debug("session {}: PTY read ended: {}", name, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            enqueue(EOF);
        }
    }

    private void screenLoop() {
        try {
            while (true) {
                Object item = work.take();
                switch (item) {
                    case byte[] chunk -> {
                        screen.feed(chunk, 0, chunk.length);
                        version++;
                        if (work.isEmpty()) {
                            onScreenChanged.run();
                        }
                        for (Subscriber<byte[]> s : subscribers) {
                            if (!s.offer(chunk)) {
                                subscribers.remove(s);
                            }
                        }
                    }
                    case Subscribe s -> {
                        if (s.repaint()) {
                            s.sub().offer(screen.repaintAnsi().getBytes(StandardCharsets.UTF_8));
                        }
                        subscribers.add(s.sub());
                    }
                    case Resize r -> {
                        screen.resize(r.cols(), r.rows());
                        terminal.resize(r.cols(), r.rows());
                        version++;
                    }
                    default -> {
                        exit();
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exit() {
        int code;
        try {
            code = terminal.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        rawLog.close();
        onExit.accept(code);
    }

    /** Ends every subscriber's stream after what is already queued to it. */
    public void endSubscribers(String reason) {
        subscribers.forEach(s -> s.end(reason));
        subscribers.clear();
    }

    private void enqueue(Object item) {
        try {
            work.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
