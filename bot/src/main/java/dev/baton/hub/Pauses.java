package dev.baton.hub;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.access.Action;
import dev.baton.hub.store.HubSession;
import dev.baton.protocol.wire.WireMessage;
import java.util.Optional;

/**
 * Pause and resume, from {@code /agent pause|resume} or the page: the daemon interrupts the agent with its vendor's
 * interrupt key and holds the turn queue, or releases it. The thread is told either way. Core thread.
 */
final class Pauses {
    private final HubState state;

    Pauses(HubState state) {
        this.state = state;
    }

    /** Pauses or resumes; empty when sent, else why not. */
    Optional<String> set(HubSession s, ChatUser by, boolean pause) {
        Optional<String> refusal = Access.refusal(state.guard.decide(Action.PAUSE, by, s));
        if (refusal.isPresent()) {
            return refusal;
        }
        if (s.ended()) {
            return Optional.of(s.name() + " has ended (" + s.stateWords() + ")");
        }
        // No "already paused" refusal: the hub's view may lag (a restart); the daemon's pause and resume are idempotent.
        state.sendReliable(s.daemon(), new WireMessage.Pause(s.id().value(), pause, by.platform().wire() + ":" + by.name()));
        if (pause) {
            state.paused.add(s.id().value()); // the daemon's pause event confirms it
        } else {
            state.paused.remove(s.id().value());
        }
        state.say(s.threadKey(), Post.Text.of(pause
                ? by.name() + " paused " + s.name() + ": the agent was interrupted and turns wait until /agent resume."
                : by.name() + " resumed " + s.name() + ": queued turns go to the agent again."));
        return Optional.empty();
    }
}
