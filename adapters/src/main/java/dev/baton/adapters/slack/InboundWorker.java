package dev.baton.adapters.slack;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbound;
import dev.baton.chat.ChatSurface;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates and hands events to the hub on one virtual thread, in the order Slack's requests were acknowledged,
 * so a request is answered within Slack's 3 seconds whatever the hub or {@code users.info} are doing. Bounded:
 * {@link #offer} says no when full, and the request is refused so Slack retries it.
 */
final class InboundWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboundWorker.class);

    private final BlockingQueue<Supplier<Optional<ChatEvent>>> queue;
    private final ChatSurface surface;
    private Thread worker;
    private boolean closed;

    InboundWorker(int capacity, ChatSurface surface) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.surface = surface;
    }

    synchronized void connect(ChatInbound inbound) {
        if (worker != null) {
            throw new IllegalStateException("the Slack adapter is already connected to a hub");
        }
        if (closed) {
            throw new IllegalStateException("the Slack adapter is closed");
        }
        worker = Thread.ofVirtual().name("slack-inbound").start(() -> deliver(inbound));
    }

    /** Queues a translation; false if the queue is full. */
    boolean offer(Supplier<Optional<ChatEvent>> translation) {
        return queue.offer(translation);
    }

    private void deliver(ChatInbound inbound) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Supplier<Optional<ChatEvent>> next = queue.take();
                try {
                    next.get().ifPresent(event -> inbound.accept(event, surface));
                } catch (RuntimeException e) {
                    log.warn("a Slack event failed on its way to the hub", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        Thread w;
        synchronized (this) {
            closed = true;
            w = worker;
        }
        if (w != null) {
            w.interrupt();
            try {
                w.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
