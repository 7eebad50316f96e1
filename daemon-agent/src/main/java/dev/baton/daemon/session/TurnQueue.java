package dev.baton.daemon.session;

import dev.baton.protocol.session.Sender;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * A session's FIFO of chat turns, delivered one at a time when the agent is ready for input. Turn ids seen
 * before are refused, so a redelivered turn has exactly one effect. Actor-confined.
 */
final class TurnQueue {
    static final int MAX_QUEUED = 1000;
    private static final int REMEMBERED = 10_000;

    record Turn(String id, long number, Sender sender, String text) {
        /** What the agent sees: {@code [from ana] text}. */
        String attributed() {
            return "[from " + sender.user() + "] " + text;
        }
    }

    private final ArrayDeque<Turn> queue = new ArrayDeque<>();
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();

    /** Whether {@code id} was queued before (and must be ignored). */
    boolean seen(String id) {
        return seen.contains(id);
    }

    /** Remembers a turn without queueing it (it was delivered before a restart). */
    void remember(String id) {
        seen.add(id);
        if (seen.size() > REMEMBERED) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
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
