package dev.baton.daemon.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The supervisor TUI's entry point: takes the terminal (raw, alternate screen, cursor hidden), draws a frame for
 * every change, and gives the terminal back as it found it when it quits, on Ctrl-C, on an error or on SIGTERM.
 * One loop thread owns the {@link Controller}; a key thread and the {@link LiveFeed} post {@link Input}s to it.
 */
public final class Tui {
    private final DaemonPort port;
    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>(100_000);
    private final AtomicBoolean restored = new AtomicBoolean();
    /** The key thread reads the next key only after the loop handled the last one (its key map may change). */
    private final Semaphore handled = new Semaphore(0);

    public Tui(DaemonPort port) {
        this.port = port;
    }

    /** Whether standard input and output are a terminal, the TUI's condition (otherwise {@code agent} prints its usage). */
    public static boolean interactive() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try { // Java 22+ has a console even when redirected; isTerminal says whether it is one
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Runs until {@code q} (with {@code once}: draws the first frame and returns, for benchmarks); returns the exit code. */
    public int run(boolean once) {
        SttyState found = SttyState.capture(); // while JLine starts: read before raw mode, written back at the end
        Terminal terminal;
        try {
            // JNI first: it costs no child process before the first frame (exec runs stty several times)
            terminal = TerminalBuilder.builder().system(true).providers("jni,exec").nativeSignals(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.awaitRead();
        Attributes saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false); // Ctrl-C is a key: q's twin here, the agent's when attached
        raw.setInputFlag(Attributes.InputFlag.IXON, false);
        terminal.setAttributes(raw);
        Thread restore = new Thread(() -> restore(terminal, saved, found));
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            return loop(terminal, once);
        } finally {
            restore(terminal, saved, found);
            Runtime.getRuntime().removeShutdownHook(restore);
        }
    }

    private int loop(Terminal terminal, boolean once) {
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        Display display = new Display(terminal, true);
        Controller controller = new Controller(port, inputs::offer, Executors.newVirtualThreadPerTaskExecutor(),
                System::currentTimeMillis);
        LiveFeed feed = new LiveFeed(port, inputs::offer);
        feed.start();
        controller.start();
        draw(terminal, display, controller, true);
        if (once) {
            feed.close();
            return 0;
        }
        terminal.handle(Terminal.Signal.WINCH, s -> inputs.offer(new Input.Resized()));
        startKeys(terminal, controller);
        long nextTick = System.currentTimeMillis() + 1000;
        try {
            while (!controller.quit()) {
                Input in = inputs.poll(Math.max(1, nextTick - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                if (in == null) {
                    in = new Input.Tick();
                    nextTick = System.currentTimeMillis() + 1000;
                }
                controller.handle(in);
                if (in instanceof Input.Key) {
                    var target = controller.takeAttach();
                    if (target.isPresent()) {
                        String how = Attach.run(terminal, port, target.get());
                        terminal.puts(Capability.cursor_invisible);
                        controller.attached(target.get(), how);
                        draw(terminal, display, controller, true);
                    }
                    handled.release();
                }
                if (inputs.isEmpty() || in instanceof Input.Key || in instanceof Input.Resized) {
                    draw(terminal, display, controller, in instanceof Input.Resized);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.close();
        }
        return 0;
    }

    private void startKeys(Terminal terminal, Controller controller) {
        KeyMap<Action> rows = Keys.rows(terminal);
        KeyMap<Action> typing = Keys.typing();
        BindingReader reader = new BindingReader(terminal.reader());
        Thread.ofPlatform().daemon(true).name("tui-keys").start(() -> {
            try {
                while (true) {
                    Action a = reader.readBinding(controller.typing() ? typing : rows);
                    if (a == null) {
                        inputs.offer(new Input.Key(Action.QUIT, ""));
                        return;
                    }
                    inputs.offer(new Input.Key(a, reader.getLastBinding()));
                    handled.acquire();
                }
            } catch (InterruptedException | RuntimeException e) {
                inputs.offer(new Input.Key(Action.QUIT, ""));
            }
        });
    }

    private static void draw(Terminal terminal, Display display, Controller controller, boolean full) {
        Size size = terminal.getSize();
        int rows = size.getRows() > 0 ? size.getRows() : 24;
        int cols = size.getColumns() > 0 ? size.getColumns() : 80;
        if (full) {
            display.clear();
        }
        display.resize(rows, cols);
        List<AttributedString> lines = controller.frame(cols, rows);
        display.update(lines, -1);
        terminal.flush();
    }

    private void restore(Terminal terminal, Attributes saved, SttyState found) {
        if (!restored.compareAndSet(false, true)) {
            return;
        }
        try {
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.setAttributes(saved);
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // the terminal is gone; nothing left to give back
        }
        found.restore(); // what JLine's attributes do not hold (the line speed)
    }
}
