package dev.baton.daemon.session.output;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue from a producer that must never block (the PTY pipeline, the event stream) to one slow
 * consumer (a socket). When the queue is full the subscriber is cut off; the producer never stalls.
 */
public final class Subscriber<T> {
    private static final Object WAKE = new Object();
    private final BlockingQueue<Object> queue;
    private volatile String endReason;

    public Subscriber(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
    }

    /** Offers an item; cuts the subscriber off when it is full. Returns false once ended. */
    boolean offer(T item) {
        if (endReason != null) {
            return false;
        }
        if (queue.remainingCapacity() <= 1 || !queue.offer(item)) {
            cutOff("too slow: its buffer filled up");
            return false;
        }
        return true;
    }

    /** Ends the stream after the items already queued. */
    public void end(String reason) {
        if (endReason == null) {
            endReason = reason;
            queue.offer(WAKE);
        }
    }

    /** Ends the stream now, dropping what is queued. */
    public void cutOff(String reason) {
        if (endReason == null) {
            endReason = reason;
            queue.clear();
            queue.offer(WAKE);
        }
    }

    public boolean isEnded() {
        return endReason != null;
    }

    /** The next item, or null after the timeout. Throws {@link Ended} once the stream is over and drained. */
    @SuppressWarnings("unchecked")
    public T poll(long timeoutMillis) throws InterruptedException, Ended {
        Object o = queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (o == WAKE || (o == null && endReason != null && queue.isEmpty())) {
            if (queue.isEmpty()) {
                queue.offer(WAKE);
                throw new Ended(endReason);
            }
            return poll(timeoutMillis);
        }
        return (T) o;
    }

    /** The stream ended, with a reason fit for a user. */
    public static final class Ended extends Exception {
        public Ended(String reason) {
            super(reason, null, false, false);
        }
    }
}
