package dev.baton.daemon.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * {@code Enter} in the TUI: the selected session's terminal in the TUI's own, keys forwarded as typed (Ctrl-C
 * included) and window size changes passed on. Ctrl-] comes back to the TUI; so does the session ending.
 */
final class Attach {
    private static final int DETACH_KEY = 0x1d; // Ctrl-]

    private Attach() {}

    /** Runs until Ctrl-] or the end of the attachment; returns what happened ({@code detached}, or why it ended). */
    static String run(Terminal terminal, DaemonPort port, String name) {
        Size size = terminal.getSize();
        DaemonPort.Terminal link;
        try {
            link = port.attach(name, size.getColumns(), size.getRows());
        } catch (DaemonPort.Refused e) {
            return e.getMessage();
        }
        terminal.puts(Capability.clear_screen);
        terminal.puts(Capability.cursor_visible);
        terminal.flush();
        String[] ended = {null};
        Thread output = Thread.ofPlatform().daemon(true).name("tui-attach-out").start(() -> {
            try {
                Optional<byte[]> chunk;
                while ((chunk = link.read()).isPresent()) {
                    terminal.output().write(chunk.get());
                    terminal.output().flush();
                }
                ended[0] = link.endReason();
            } catch (IOException e) {
                ended[0] = "detached";
            }
        });
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.WINCH, s -> {
            try {
                Size now = terminal.getSize();
                link.resize(now.getColumns(), now.getRows());
            } catch (IOException e) {
                // the attachment ended; the loop below sees it
            }
        });
        try {
            NonBlockingReader in = terminal.reader();
            while (output.isAlive()) {
                int c = in.read(100);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    continue;
                }
                if (c < 0 || c == DETACH_KEY) {
                    break;
                }
                link.write(Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the attachment ended
        } finally {
            link.close();
            terminal.handle(Terminal.Signal.WINCH, before);
            try {
                output.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ended[0] == null || ended[0].isEmpty() ? "detached" : ended[0];
    }
}
