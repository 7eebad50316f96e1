package dev.baton.adapters.web;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbound;
import dev.baton.chat.ChatSurface;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands translated events to the hub on one virtual thread, in the order they were stored, so an HTTP request
 * never waits for the hub. The queue is bounded: when the hub falls that far behind, {@link #offer} says no.
 * Events still queued at {@link #close()} are dropped (the messages themselves are stored).
 */
final class InboundQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboundQueue.class);

    private final BlockingQueue<ChatEvent> queue;
    private final ChatSurface surface;
    private Thread worker;
    private boolean closed;

    InboundQueue(int capacity, ChatSurface surface) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.surface = surface;
    }

    /** Starts delivering to {@code inbound}; events offered before this wait in the queue. Once only. */
    synchronized void connect(ChatInbound inbound) {
        if (worker != null) {
            throw new IllegalStateException("the web chat is already connected to a hub");
        }
        if (closed) {
            throw new IllegalStateException("the web chat is closed");
        }
        worker = Thread.ofVirtual().name("web-chat-inbound").start(() -> deliver(inbound));
    }

    /** Queues an event for the hub; false if the queue is full. */
    boolean offer(ChatEvent event) {
        return queue.offer(event);
    }

    private void deliver(ChatInbound inbound) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                ChatEvent event = queue.take();
                try {
                    inbound.accept(event, surface);
                } catch (RuntimeException e) {
                    log.warn("the hub failed on a {} event from the web chat", event.getClass().getSimpleName(), e);
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
