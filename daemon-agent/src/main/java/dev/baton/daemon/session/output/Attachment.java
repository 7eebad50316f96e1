package dev.baton.daemon.session.output;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import java.util.Optional;

/** The one interactive attacher of a session. Actor-confined except {@link #who()}, which views read. */
public final class Attachment {
    private final SessionEvents events;
    private Subscriber<byte[]> sink;
    private volatile Sender who;

    public Attachment(SessionEvents events) {
        this.events = events;
    }

    /** Takes the attach slot, or says who holds it. */
    Optional<String> claim(Sender attacher, Subscriber<byte[]> newSink, String session) {
        if (sink != null && !sink.isEnded()) {
            return Optional.of("already attached by " + who + "; detach it first with: agent detach " + session);
        }
        sink = newSink;
        who = attacher;
        events.append(new SessionEvent.Attached(attacher));
        return Optional.empty();
    }

    /**
     * An attach request: claims the slot, sizes the terminal to the client, and starts its stream with a repaint.
     * Returns why it was refused, or empty.
     */
    public Optional<String> attach(Sender attacher, Subscriber<byte[]> newSink, int cols, int rows, OutputPump pump,
                                   String session) {
        Optional<String> refused = claim(attacher, newSink, session);
        if (refused.isPresent()) {
            return refused;
        }
        if (cols > 0 && rows > 0) {
            pump.resize(cols, rows);
        }
        pump.subscribe(newSink, true);
        return Optional.empty();
    }

    /** Ends the current attacher's stream; returns false if nobody was attached. */
    public boolean release(Sender by, String how) {
        if (sink == null) {
            return false;
        }
        sink.end("detached (" + how + ")");
        events.append(new SessionEvent.Detached(who, how + (by != null && !by.equals(who) ? " by " + by : "")));
        sink = null;
        who = null;
        return true;
    }

    public boolean holds(Subscriber<byte[]> candidate) {
        return sink == candidate;
    }

    /** Forgets the attacher without an event: the session ended and its subscribers were ended already. */
    public void clear() {
        sink = null;
        who = null;
    }

    public Sender who() {
        return who;
    }
}
