package dev.baton.daemon.session;

import dev.baton.daemon.activity.ActivitySink;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Sender;
import java.util.List;

/**
 * A session as its activity tracker sees it: events go to the actor, a spent budget pauses the agent the way
 * {@code /agent pause} does (its vendor's interrupt key, the turn queue held) and opens an {@code action:budget}
 * attention. Nothing is killed: the agent stops at its next step and the worktree stays.
 */
final class SessionActivity implements ActivitySink {
    static final Sender BUDGET = new Sender(Sender.Surface.DAEMON, "budget");
    private final SessionControl control;

    SessionActivity(Session session) {
        this.control = new SessionControl(session);
    }

    @Override
    public void record(List<SessionEvent> events) {
        control.recordActivity(events);
    }

    @Override
    public void notice(String message) {
        control.emit(BUDGET, AttentionLevel.NOTICE, AttentionReason.BUDGET, message);
    }

    @Override
    public void pause(String message) {
        control.pause(BUDGET, true);
        control.emit(BUDGET, AttentionLevel.ACTION, AttentionReason.BUDGET, message);
    }

    @Override
    public void resume(Sender by) {
        control.pause(by, false);
    }
}
