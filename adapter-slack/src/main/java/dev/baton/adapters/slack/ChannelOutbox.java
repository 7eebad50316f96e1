package dev.baton.adapters.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One channel's calls to Slack, in order, on one virtual thread. Posts are paced to one per {@code interval}
 * (Slack allows about one message per second per channel); edits of a message are at least {@code interval} apart
 * and coalesce while queued (only the latest content matters); a 429 puts the call back at the head and waits
 * {@code Retry-After}, so nothing is dropped and order is kept. Bounded: {@link #submit} waits briefly for room.
 *
 * <p>Replies are posted asynchronously under a pending handle ({@code p:<n>}); the outbox records the handle's real
 * ts when the post succeeds (kept a week after its last use), so a later edit or reaction naming the handle runs
 * against the real message. Time is the injected {@link Ticker}'s: pacing, {@code Retry-After} and when each message was last written
 * (kept only for {@code interval}, after which it no longer holds an edit back).
 */
final class ChannelOutbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChannelOutbox.class);
    private static final int MAX_NETWORK_RETRIES = 3;
    /**
     * A handle is kept for a week after its last use. Caffeine's size bound evicts by frequency, not age (a new entry
     * may go first), so time does the bounding and the size cap is only a safety net far above any channel's use.
     */
    static final Duration HANDLE_KEPT = Duration.ofDays(7);
    private static final int MAX_HANDLES = 10_000;
    private static final int MAX_WRITES = 1_000;

    private final String channel;
    private final SlackCalls api;
    private final Ticker ticker;
    private final long intervalNanos;
    private final int capacity;
    private final Deque<Outbound> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Cache<String, String> handles;
    private final Cache<String, Long> lastWrite;
    private final Thread worker;
    private long lastPost = Long.MIN_VALUE / 2;
    private long blockedUntil = Long.MIN_VALUE / 2;
    private int networkRetries;
    private boolean closed;

    ChannelOutbox(String channel, SlackCalls api, Duration interval, int capacity, Ticker ticker) {
        this.channel = channel;
        this.api = api;
        this.ticker = ticker;
        this.intervalNanos = interval.toNanos();
        this.capacity = capacity;
        this.handles = Caffeine.newBuilder().expireAfterAccess(HANDLE_KEPT).maximumSize(MAX_HANDLES).ticker(ticker)
                .executor(Runnable::run).build();
        this.lastWrite = Caffeine.newBuilder().maximumSize(MAX_WRITES).expireAfterWrite(interval).ticker(ticker)
                .executor(Runnable::run).build();
        this.worker = Thread.ofVirtual().name("slack-outbox-" + channel).start(this::run);
    }

    /** Queues a call ({@code first}: ahead of everything queued). False if closed or still full after a moment. */
    boolean submit(Outbound op, boolean first) {
        lock.lock();
        try {
            if (op instanceof Outbound.Update u && coalesce(u)) {
                return true;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (queue.size() >= capacity && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.error("Slack outbox for {} is full ({} calls); dropped a {}", channel, capacity,
                            op.getClass().getSimpleName());
                    return false;
                }
                changed.awaitNanos(left);
            }
            if (closed) {
                return false;
            }
            if (first) {
                queue.addFirst(op);
            } else {
                queue.addLast(op);
            }
            changed.signalAll();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean coalesce(Outbound.Update u) {
        for (Iterator<Outbound> it = queue.iterator(); it.hasNext(); ) {
            Outbound q = it.next();
            if (q instanceof Outbound.Update old && old.ts().equals(u.ts())) {
                replace(old, u);
                return true;
            }
        }
        return false;
    }

    private void replace(Outbound old, Outbound now) {
        Deque<Outbound> copy = new ArrayDeque<>(queue.size());
        for (Outbound q : queue) {
            copy.addLast(q == old ? now : q);
        }
        queue.clear();
        queue.addAll(copy);
    }

    private void run() {
        while (true) {
            Outbound op;
            lock.lock();
            try {
                while (queue.isEmpty() && !closed) {
                    changed.await();
                }
                if (queue.isEmpty()) {
                    return;
                }
                Outbound head = queue.peekFirst();
                long wait = readyAt(head) - ticker.read();
                if (wait > 0) {
                    changed.awaitNanos(wait);
                    continue;
                }
                op = queue.pollFirst();
                changed.signalAll();
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            execute(op);
        }
    }

    private long readyAt(Outbound op) {
        long at = blockedUntil;
        if (op.paced()) {
            at = Math.max(at, lastPost + intervalNanos);
        }
        if (op instanceof Outbound.Update u) {
            Long written = lastWrite.getIfPresent(resolve(u.ts()));
            if (written != null) {
                at = Math.max(at, written + intervalNanos);
            }
        }
        return at;
    }

    private void execute(Outbound op) {
        String ts;
        lock.lock();
        try {
            ts = switch (op) {
                case Outbound.Update u -> resolve(u.ts());
                case Outbound.Reaction r -> resolve(r.ts());
                default -> "";
            };
        } finally {
            lock.unlock();
        }
        if (ts.startsWith("p:")) {
            log.debug("Slack {} in {} skipped: its message {} was never posted", op.getClass().getSimpleName(),
                    channel, ts);
            return;
        }
        CallResult result = api.call(op, ts);
        long now = ticker.read();
        lock.lock();
        try {
            if (op.paced()) {
                lastPost = now;
            }
            switch (result) {
                case CallResult.Done done -> {
                    networkRetries = 0;
                    done(op, done, ts, now);
                }
                case CallResult.RetryAfter retry -> retry(op, retry, now);
                case CallResult.Failed f -> failed(op, f.error());
            }
        } finally {
            lock.unlock();
        }
    }

    /** 429s are retried until Slack takes the call; network errors a few times. Under the lock. */
    private void retry(Outbound op, CallResult.RetryAfter retry, long now) {
        if (retry.why().startsWith("network") && ++networkRetries > MAX_NETWORK_RETRIES) {
            networkRetries = 0;
            failed(op, retry.why());
            return;
        }
        log.info("Slack call in {} deferred {} ms: {}", channel, retry.delay().toMillis(), retry.why());
        blockedUntil = now + retry.delay().toNanos();
        queue.addFirst(op);
        changed.signalAll();
    }

    private void done(Outbound op, CallResult.Done done, String ts, long now) {
        switch (op) {
            case Outbound.PostMessage p -> {
                String posted = done.ts().orElse("");
                p.handle().ifPresent(h -> handles.put(h, posted));
                lastWrite.put(posted, now);
                p.posted().complete(posted);
            }
            case Outbound.Update u -> lastWrite.put(ts, now);
            case Outbound.Ephemeral e -> { }
            case Outbound.Reaction r -> { }
            case Outbound.Respond r -> { }
        }
    }

    private void failed(Outbound op, String error) {
        if (op instanceof Outbound.Reaction && ("already_reacted".equals(error) || "no_reaction".equals(error))) {
            return;
        }
        log.warn("Slack {} in {} failed: {}", op.getClass().getSimpleName(), channel, error);
        if (op instanceof Outbound.PostMessage p) {
            p.posted().completeExceptionally(new SlackException("chat.postMessage in " + channel + " failed: " + error));
        }
    }

    /** Under the lock. */
    private String resolve(String tsOrHandle) {
        if (!tsOrHandle.startsWith("p:")) {
            return tsOrHandle;
        }
        String ts = handles.getIfPresent(tsOrHandle);
        return ts != null ? ts : tsOrHandle;
    }

    /** Stops after the calls already queued (bounded by {@code wait}); later submits are refused. */
    void close(Duration wait) {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            if (!worker.join(wait)) {
                worker.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    /** The worker looks at the clock again now (tests call it after moving their ticker). */
    void wake() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
