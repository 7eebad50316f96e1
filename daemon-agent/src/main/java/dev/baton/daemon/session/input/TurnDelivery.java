package dev.baton.daemon.session.input;

import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.session.output.SessionEvents;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import java.util.List;
import java.util.Optional;

/**
 * A session's chat turns on their way into the agent: the FIFO ({@link TurnQueue}), the pause that holds it
 * ({@link PauseHold}), and the typing. A turn goes in only when the agent waits for input and nothing holds the
 * queue, never mid-turn; its text and its Enter are separate writes ({@link InputDelivery}). Actor-confined.
 */
public final class TurnDelivery {
    private final TurnQueue turns = new TurnQueue();
    private final PauseHold pause;
    private final InputDelivery input;
    private final AgentTerminal terminal;
    private final SessionEvents events;

    /** {@code vendor} picks the key a pause interrupts the agent with ({@link PauseHold#interruptKey}). */
    public TurnDelivery(String vendor, InputDelivery input, AgentTerminal terminal, SessionEvents events) {
        this.pause = new PauseHold(vendor);
        this.input = input;
        this.terminal = terminal;
        this.events = events;
    }

    /** Queues a turn and records it; false for a turn seen before. Throws when the queue is full. */
    public boolean queue(Turn turn, String session) {
        return turns.offer(turn, events, session);
    }

    /** Before an adopted session starts: see {@link TurnQueue#restore}. */
    public void restore(List<SessionEvent> history) {
        turns.restore(history);
    }

    /**
     * Types the next queued turn if the agent {@code waiting} for input and no pause holds the queue; returns the
     * turn it delivered, if any. The caller moves the session to running.
     */
    public Optional<Turn> deliverNext(boolean waiting) {
        if (pause.held() || !waiting) {
            return Optional.empty();
        }
        Optional<Turn> next = turns.next();
        next.ifPresent(turn -> input.type(terminal, turn.attributed(),
                typed -> events.append(new SessionEvent.TurnDelivered(turn.id(), turn.number(), typed))));
        return next;
    }

    /**
     * Pauses (interrupt key, turns held) or resumes; {@code released} runs on resume so the next turn may go in.
     * Returns the last event seq once all of that is recorded.
     */
    public long pause(boolean paused, Sender sender, Runnable released) {
        return pause.apply(paused, sender, events, input, terminal, released);
    }

    /** Whether a pause holds the queued turns. */
    public boolean held() {
        return pause.held();
    }

    /** How many turns wait. */
    public int queued() {
        return turns.size();
    }
}
