package dev.baton.daemon.session;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import java.util.Optional;

/** The one interactive attacher of a session. Actor-confined except {@link #who()}, which views read. */
final class Attachment {
    private final SessionEvents events;
    private Subscriber<byte[]> sink;
    private volatile Sender who;

    Attachment(SessionEvents events) {
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

    /** An attach request: claims the slot, sizes the terminal to the client, and starts its stream with a repaint. */
    void attach(SessionCommand.Attach a, OutputPump pump, String session) {
        Optional<String> refused = claim(a.who(), a.sink(), session);
        if (refused.isPresent()) {
            a.done().complete(refused.get());
            return;
        }
        if (a.cols() > 0 && a.rows() > 0) {
            pump.resize(a.cols(), a.rows());
        }
        pump.subscribe(a.sink(), true);
        a.done().complete(null);
    }

    /** Ends the current attacher's stream; returns false if nobody was attached. */
    boolean release(Sender by, String how) {
        if (sink == null) {
            return false;
        }
        sink.end("detached (" + how + ")");
        events.append(new SessionEvent.Detached(who, how + (by != null && !by.equals(who) ? " by " + by : "")));
        sink = null;
        who = null;
        return true;
    }

    boolean holds(Subscriber<byte[]> candidate) {
        return sink == candidate;
    }

    /** Forgets the attacher without an event: the session ended and its subscribers were ended already. */
    void clear() {
        sink = null;
        who = null;
    }

    Sender who() {
        return who;
    }
}
