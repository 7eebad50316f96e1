package dev.baton.adapters.discord;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Discord calls in order per thread: one bounded queue and one virtual thread per key (a thread id, or a
 * channel id for channel-level posts). Each call runs to completion ({@code RestAction.complete()}, which waits out
 * JDA's rate-limit handling) before the next starts, so a split message's parts, a card and its later edit never
 * overtake each other. A lane whose queue stays empty for a minute stops; the next call starts it again.
 */
final class Lanes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Lanes.class);
    private static final Duration IDLE = Duration.ofMinutes(1);

    private final int capacity;
    private final Duration deadline;
    private final Map<String, Lane> lanes = new HashMap<>();
    private boolean closed;

    private final class Lane {
        final String key;
        final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(capacity);

        Lane(String key) {
            this.key = key;
            Thread.ofVirtual().name("discord-lane-" + key).start(this::drain);
        }

        private void drain() {
            try {
                while (true) {
                    Runnable next = queue.poll(IDLE.toMillis(), TimeUnit.MILLISECONDS);
                    if (next == null) {
                        synchronized (Lanes.this) {
                            if (queue.isEmpty()) {
                                lanes.remove(key);
                                return;
                            }
                        }
                        continue;
                    }
                    try {
                        next.run();
                    } catch (RuntimeException e) {
                        log.warn("a Discord call in {} failed: {}", key, e.toString());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Lanes(int capacity, Duration deadline) {
        this.capacity = capacity;
        this.deadline = deadline;
    }

    /** Queues {@code call} behind everything already queued for {@code key}. */
    void submit(String key, Runnable call) {
        synchronized (this) {
            if (closed) {
                throw new DiscordException("the Discord adapter is closed");
            }
            if (!lanes.computeIfAbsent(key, Lane::new).queue.offer(call)) {
                throw new DiscordException("too many Discord calls are waiting in " + key + " (" + capacity + ")");
            }
        }
    }

    /** Queues {@code call} and waits (bounded) for its result. */
    <T> T call(String key, Callable<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        submit(key, () -> {
            try {
                result.complete(call.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof DiscordException d ? d
                    : new DiscordException("Discord refused a call in " + key + ": " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new DiscordException("Discord did not answer within " + deadline.toSeconds() + " s in " + key, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordException("interrupted while calling Discord in " + key, e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
