package dev.baton.chat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * How an adapter hands events to the hub without making its platform wait: a bounded queue drained in order by
 * one virtual thread. A work item may translate lazily (e.g. look a user up) on that thread. When the queue is
 * full, {@link #offer} says no and the adapter refuses the input in its platform's way. Items still queued at
 * {@link #close()} are dropped (the adapter has stored or acknowledged the input already).
 */
public final class ChatInbox implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChatInbox.class.getName());

    private final String name;
    private final BlockingQueue<Supplier<Optional<ChatEvent>>> queue;
    private final ChatSurface surface;
    private Thread worker;
    private boolean closed;

    public ChatInbox(String name, int capacity, ChatSurface surface) {
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.surface = surface;
    }

    /** Starts delivering to {@code inbound}; items offered before this wait in the queue. Once only. */
    public synchronized void connect(ChatInbound inbound) {
        if (worker != null) {
            throw new IllegalStateException("the " + name + " adapter is already connected to a hub");
        }
        if (closed) {
            throw new IllegalStateException("the " + name + " adapter is closed");
        }
        worker = Thread.ofVirtual().name(name + "-inbound").start(() -> deliver(inbound));
    }

    /** Queues a translation that yields the event (or nothing) on the delivery thread; false if full. */
    public boolean offer(Supplier<Optional<ChatEvent>> translation) {
        return queue.offer(translation);
    }

    /** Queues an event; false if full. */
    public boolean offer(ChatEvent event) {
        return offer(() -> Optional.of(event));
    }

    private void deliver(ChatInbound inbound) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Supplier<Optional<ChatEvent>> next = queue.take();
                try {
                    next.get().ifPresent(event -> inbound.accept(event, surface));
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "a " + name + " event failed on its way to the hub", e);
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
