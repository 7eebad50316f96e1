package dev.baton.hub.turns;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Identities;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.protocol.id.SessionId;
import java.util.HashSet;
import java.util.Set;
import dev.baton.hub.store.HubSession;
import dev.baton.protocol.wire.WireMessage;
import java.util.Optional;

/**
 * Pause and resume, from {@code /agent pause|resume} or the page: the daemon interrupts the agent with its vendor's
 * interrupt key and holds the turn queue, or releases it. The thread is told either way. Knows which sessions are
 * paused, by what was asked here and by the daemon's pause and resume events. Core thread.
 */
public final class Pauses {
    private final AccessGuard guard;
    private final DaemonLinks daemons;
    private final SessionThreads threads;
    private final Set<SessionId> paused = new HashSet<>();

    public Pauses(AccessGuard guard, DaemonLinks daemons, SessionThreads threads) {
        this.guard = guard;
        this.daemons = daemons;
        this.threads = threads;
    }

    public boolean paused(SessionId session) {
        return paused.contains(session);
    }

    /** The daemon recorded a pause ({@code true}) or a resume of the session. */
    public void heard(SessionId session, boolean pause) {
        if (pause) {
            paused.add(session);
        } else {
            paused.remove(session);
        }
    }

    /**
     * Pauses or resumes on the hub's own account ({@code by}, e.g. {@code hub:budget}), with no access check: a daily
     * budget ran out, or was raised. The caller tells the thread.
     */
    public void hold(HubSession s, dev.baton.protocol.session.Sender by, boolean pause) {
        if (s.ended()) {
            return;
        }
        daemons.sendReliable(s.daemon(), new WireMessage.Pause(s.id(), pause, by));
        heard(s.id(), pause);
    }

    /** Pauses or resumes; empty when sent, else why not. */
    public Optional<String> set(HubSession s, ChatUser by, boolean pause) {
        Optional<String> refusal = guard.refusal(Action.PAUSE, by, s);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (s.ended()) {
            return Optional.of(s.name() + " has ended (" + s.stateWords() + ")");
        }
        // No "already paused" refusal: the hub's view may lag (a restart); the daemon's pause and resume are idempotent.
        daemons.sendReliable(s.daemon(), new WireMessage.Pause(s.id(), pause, Identities.sender(by)));
        heard(s.id(), pause); // the daemon's pause event confirms it
        threads.say(s.thread(), Post.Text.of(pause
                ? by.name() + " paused " + s.name() + ": the agent was interrupted and turns wait until /agent resume."
                : by.name() + " resumed " + s.name() + ": queued turns go to the agent again."));
        return Optional.empty();
    }
}
