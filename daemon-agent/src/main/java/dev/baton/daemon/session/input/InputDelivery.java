package dev.baton.daemon.session.input;

import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.session.output.SessionEvents;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * How input reaches an agent. Text is typed without control bytes, then Enter follows as a separate write
 * after a short pause, because TUIs treat a {@code \r} that arrives with the text as part of a paste.
 */
public final class InputDelivery {
    private final Duration submitPause;

    public InputDelivery(Duration submitPause) {
        this.submitPause = submitPause;
    }

    /** Types {@code text} and presses Enter; returns the event's seq. */
    public long typeText(AgentTerminal terminal, SessionEvents events, Sender sender, String text, Runnable after) {
        String clean = type(terminal, text);
        long seq = events.append(new SessionEvent.InputSent(sender, clean)).seq();
        after.run();
        return seq;
    }

    /** Types {@code text} without control bytes, pauses, then presses Enter; returns what was typed. */
    public String type(AgentTerminal terminal, String text) {
        return type(terminal, text, clean -> { });
    }

    /** As {@link #type(AgentTerminal, String)}, calling {@code written} once the text's bytes are in the PTY. */
    public String type(AgentTerminal terminal, String text, java.util.function.Consumer<String> written) {
        String clean = Text.stripControls(text);
        try {
            if (!clean.isEmpty()) {
                terminal.write(clean.getBytes(StandardCharsets.UTF_8));
                written.accept(clean);
                pause();
            } else {
                written.accept(clean);
            }
            terminal.write(new byte[] {'\r'});
        } catch (IOException e) {
            throw new UncheckedIOException("the agent's terminal is closed", e);
        }
        return clean;
    }

    public long sendKeys(AgentTerminal terminal, SessionEvents events, Sender sender, List<Key> keys, Runnable after) {
        try {
            for (Key key : keys) {
                terminal.write(key.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the agent's terminal is closed", e);
        }
        long seq = events.append(new SessionEvent.KeysSent(sender, keys.stream().map(Key::name).toList())).seq();
        after.run();
        return seq;
    }

    private void pause() {
        try {
            Thread.sleep(submitPause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
