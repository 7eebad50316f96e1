package dev.baton.daemon.activity;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import java.util.List;

/** What a tracker needs from its session (its actor appends the events and applies the pause); blocking calls. */
public interface ActivitySink {
    /** Appends {@code events} to the session's stream in order; returns once they are queued to the store. */
    void record(List<SessionEvent> events);

    /** An 80% budget notice. */
    void notice(String message);

    /** A budget ran out: interrupt the agent, hold its turns, and open an {@code action} attention (reason budget). */
    void pause(String message);

    /** A raise lifted the budget above what was spent: release the turns. */
    void resume(Sender by);
}
