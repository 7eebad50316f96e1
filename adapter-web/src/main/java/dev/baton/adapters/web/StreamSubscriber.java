package dev.baton.adapters.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One stream client: a bounded queue filled by publishers and drained by the client's own thread. A publisher
 * never waits: when the queue is full the client is cut off (its page reconnects and refetches).
 */
final class StreamSubscriber {
    private final EventSink sink;
    private final Optional<String> viewer;
    private final int capacity;
    /** One slot more than {@code capacity}, kept for {@link StreamFrame#STOP}. */
    private final BlockingQueue<StreamFrame> queue;
    private volatile boolean stopped;

    StreamSubscriber(EventSink sink, Optional<String> viewer, int capacity) {
        this.sink = sink;
        this.viewer = viewer;
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
    }

    /** Queues a frame this client may see; false if the client was cut off (now or before). */
    synchronized boolean offer(StreamFrame frame) {
        if (stopped) {
            return false;
        }
        if (frame.visibleTo().isPresent() && !frame.visibleTo().equals(viewer)) {
            return true;
        }
        if (queue.size() >= capacity) {
            stop();
            return false;
        }
        queue.add(frame);
        return true;
    }

    synchronized void stop() {
        if (!stopped) {
            stopped = true;
            queue.clear();
            queue.add(StreamFrame.STOP);
        }
    }

    /** Writes queued frames, and a heartbeat whenever nothing was sent for {@code heartbeat}, until stopped. */
    void drain(Duration heartbeat) throws InterruptedException {
        while (!stopped && sink.isOpen()) {
            StreamFrame frame = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
            try {
                if (frame == null) {
                    sink.comment("heartbeat");
                } else if (frame != StreamFrame.STOP) {
                    sink.send(frame.event(), frame.data());
                }
            } catch (RuntimeException gone) {
                stop(); // the connection went away under the write
            }
        }
    }

    boolean stopped() {
        return stopped;
    }
}
