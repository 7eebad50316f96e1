package dev.baton.daemon.session.input;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.daemon.session.output.SessionEvents;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * A session's FIFO of chat turns, delivered one at a time when the agent is ready for input. Turn ids seen
 * before ({@link SeenTurns}) are refused, so a redelivered turn has exactly one effect. Actor-confined.
 */
final class TurnQueue {
    static final int MAX_QUEUED = 1000;

    private final ArrayDeque<Turn> queue = new ArrayDeque<>();
    private final SeenTurns seen;

    TurnQueue() {
        this(Ticker.systemTicker());
    }

    TurnQueue(Ticker ticker) {
        this.seen = new SeenTurns(ticker);
    }

    /** Whether {@code id} was queued before (and must be ignored). */
    boolean seen(String id) {
        return seen.contains(id);
    }

    /** Remembers a turn without queueing it (it was delivered before a restart). */
    void remember(String id) {
        seen.add(id);
    }

    /** Queues a turn and records it; false for a turn seen before. Throws when the queue is full. */
    boolean offer(Turn turn, SessionEvents events, String session) {
        if (seen(turn.id())) {
            return false;
        }
        if (full()) {
            throw new IllegalStateException("session '" + session + "' already has " + MAX_QUEUED + " queued turns");
        }
        int ahead = add(turn);
        events.append(new dev.baton.protocol.event.SessionEvent.TurnQueued(turn.id(), turn.number(), turn.sender(),
                turn.text(), ahead));
        return true;
    }

    /**
     * Rebuilds the queue of an adopted session from its events: turns queued but not delivered before the old
     * daemon died wait again, in order; delivered ones are remembered so a redelivery from the hub has no effect.
     */
    void restore(java.util.List<dev.baton.protocol.event.SessionEvent> history) {
        java.util.Map<String, Turn> pending = new java.util.LinkedHashMap<>();
        for (dev.baton.protocol.event.SessionEvent e : history) {
            if (e instanceof dev.baton.protocol.event.SessionEvent.TurnQueued q) {
                pending.put(q.turnId(), new Turn(q.turnId(), q.number(), q.sender(), q.text()));
            } else if (e instanceof dev.baton.protocol.event.SessionEvent.TurnDelivered d) {
                pending.remove(d.turnId());
                remember(d.turnId());
            }
        }
        pending.values().forEach(this::add);
    }

    /** Adds a turn; returns how many wait before it. */
    int add(Turn turn) {
        remember(turn.id());
        queue.add(turn);
        return queue.size() - 1;
    }

    boolean full() {
        return queue.size() >= MAX_QUEUED;
    }

    Optional<Turn> next() {
        return Optional.ofNullable(queue.poll());
    }

    int size() {
        return queue.size();
    }
}
