package dev.baton.hub;

import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.page.PageViewers;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionLog;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.HubSession;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireMessage.*;
import java.util.HashMap;
import java.util.Map;

/**
 * Daemons coming and going, and what they send, routed: session starts and events to {@link SessionEvents}, query
 * answers to {@link DaemonLinks}, terminal output to the open pages. A daemon that connects is welcomed with where
 * each of its sessions' event streams should resume (after what the hub both applied and kept, {@link SessionLog}), and gets what it has not acknowledged. Core thread.
 */
final class DaemonFrames {
    private final DaemonLinks daemons;
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final SessionEvents events;
    private final PageViewers pages;
    private final SessionLog streams;

    DaemonFrames(DaemonLinks daemons, SessionDirectory sessions, SessionThreads threads, SessionEvents events,
                 PageViewers pages, SessionLog streams) {
        this.streams = streams;
        this.daemons = daemons;
        this.sessions = sessions;
        this.threads = threads;
        this.events = events;
        this.pages = pages;
    }

    void up(DaemonLink link) {
        daemons.connected(link).ifPresent(old ->
                old.send(new Frame(0, 0, new Rejected("replaced by a newer connection of the same daemon"))));
        Map<String, Long> resume = new HashMap<>();
        sessions.onDaemon(link.name()).forEach(s -> resume.put(s.id().value(), streams.resumeAfter(s)));
        link.send(new Frame(0, 0, new Welcome("baton-hub", resume)));
        daemons.resend(link); // stored as sent: no re-encoding
        refreshLiveCards(link.name());
        pages.daemonUp(link.name());
    }

    void down(DaemonLink link) {
        if (daemons.disconnected(link)) {
            refreshLiveCards(link.name());
        }
    }

    private void refreshLiveCards(String daemon) {
        for (HubSession s : sessions.onDaemon(daemon)) {
            if (!s.ended()) {
                threads.refreshCard(s);
            }
        }
    }

    void frame(DaemonLink link, Frame frame) {
        if (frame.ack() > 0) {
            daemons.acked(link.name(), frame.ack());
        }
        switch (frame.message()) {
            case Event e -> events.apply(e.record());
            case StartResult r -> events.started(r);
            case QueryResult q -> daemons.answered(q);
            case PtyOutput o -> pages.output(o);
            case Watch w -> { }
            case Pause p -> { }
            case RaiseBudget r -> { }
            case Hello h -> { }
            case Ack a -> { }
            case Heartbeat h -> { } // the endpoint keeps these
            case Welcome w -> { }
            case Rejected r -> { }
            case StartSession s -> { }
            case DeliverTurn d -> { }
            case SendKeys k -> { }
            case Kill k -> { }
            case Query q -> { }
            case AnswerPrompt a -> { }
            case AuditNote a -> { }
        }
    }
}
