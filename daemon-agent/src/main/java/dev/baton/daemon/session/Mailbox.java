package dev.baton.daemon.session;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A session actor's bounded mailbox. Requests wait up to a second for room; ticks, signals and screen changes
 * never wait (a full mailbox drops them, and the next one carries the news), and screen changes are coalesced.
 */
final class Mailbox {
    private final BlockingQueue<SessionCommand> queue = new ArrayBlockingQueue<>(1024);
    private final AtomicBoolean screenPending = new AtomicBoolean();

    /** A request that must arrive; false if the mailbox stayed full for a second. */
    boolean tell(SessionCommand command) {
        try {
            return queue.offer(command, 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A hint that may be dropped when the actor is busy. */
    void hint(SessionCommand command) {
        queue.offer(command);
    }

    /** New output reached the screen; at most one such notice waits at a time. */
    void screenChanged() {
        if (screenPending.compareAndSet(false, true)) {
            queue.offer(new SessionCommand.ScreenChanged());
        }
    }

    SessionCommand take() throws InterruptedException {
        SessionCommand c = queue.take();
        if (c instanceof SessionCommand.ScreenChanged) {
            screenPending.set(false);
        }
        return c;
    }
}
