package dev.baton.daemon.tui;

import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Decision;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the TUI asks of the daemon. The CLI implements it on the control socket; fast tests use a fake. Refusals
 * (a stale answer, an unknown session) come back as {@link Refused} with text fit for the user.
 */
public interface DaemonPort {
    /** The sessions as {@code agent ls} lists them; {@code usage}: each session's raw {@code usage} object, if sent. */
    record Listing(List<SessionSummary> sessions, Map<SessionId, Map<String, Object>> usage) {}

    Listing list();

    /** Every session's events from now on, one JSON object each. */
    Stream feed();

    /** One session's stored events (its history), oldest first. */
    List<Map<String, Object>> events(String name);

    /** Answers the open prompt through the daemon's answer path; returns how it was recorded ({@code approved once}). */
    String answer(String name, String promptId, String inputHash, Decision decision);

    void sendInput(String name, String text);

    String screen(String name);

    String recap(String name);

    /** Ends the agent; returns its end state as {@code agent kill} prints it. */
    String kill(String name);

    /** The interactive terminal of a live session. */
    Terminal attach(String name, int cols, int rows);

    /** A stream of JSON objects; {@link #next} returns empty at its end. */
    interface Stream extends AutoCloseable {
        Optional<Map<String, Object>> next() throws IOException;

        @Override
        void close();
    }

    /** An attached session: its output, and where keys and size changes go. */
    interface Terminal extends AutoCloseable {
        /** The next output, or empty when the attachment ended ({@link #endReason()} says why). */
        Optional<byte[]> read() throws IOException;

        String endReason();

        void write(byte[] keys) throws IOException;

        void resize(int cols, int rows) throws IOException;

        @Override
        void close();
    }

    /** The daemon refused a request; the message is for the user. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
