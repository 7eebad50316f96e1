package dev.baton.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps trying to reach a platform: the adapter's {@link Attempt} says whether it got through ({@link Outcome.Up}),
 * could not reach it ({@link Outcome.Unreachable}: tried again after a {@link Backoff}) or was turned away
 * ({@link Outcome.Refused}: a bad token; never retried). {@link #start()} makes the first attempt on the caller's
 * thread, so a refused token is an error at start while an unreachable platform is retried in the background and
 * everything else runs meanwhile. Each status is handed to the listeners. Time comes from the injected clock and the
 * waits from the injected {@link Scheduler}, so tests need not sleep. Thread-safe; {@link #close()} stops retrying.
 */
public final class Reconnector implements AutoCloseable {
    /** What one attempt found. */
    public sealed interface Outcome {
        record Up() implements Outcome {}

        record Unreachable(String reason) implements Outcome {}

        record Refused(String reason) implements Outcome {}
    }

    /** One try at connecting; the adapter keeps whatever it opened when it returns {@link Outcome.Up}. */
    @FunctionalInterface
    public interface Attempt {
        Outcome attempt();
    }

    /** Runs a task after a delay, on its own thread. */
    public interface Scheduler extends AutoCloseable {
        void schedule(Duration delay, Runnable task);

        @Override
        void close();

        /** One daemon thread named {@code name}. */
        static Scheduler thread(String name) {
            ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
            return new Scheduler() {
                @Override
                public void schedule(Duration delay, Runnable task) {
                    if (!s.isShutdown()) {
                        s.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                    }
                }

                @Override
                public void close() {
                    s.shutdownNow();
                }
            };
        }
    }

    private final Platform platform;
    private final Attempt attempt;
    private final Backoff backoff;
    private final Clock clock;
    private final Scheduler scheduler;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionStatus status;
    private boolean started;
    private boolean closed;
    private boolean everUp;
    private int failures;

    public Reconnector(Platform platform, Attempt attempt, Backoff backoff, Clock clock, Scheduler scheduler) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.attempt = Objects.requireNonNull(attempt, "attempt");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.status = new ConnectionStatus.Connecting("not started yet", clock.instant());
    }

    /** Also tell {@code listener} about every status from now on (and the current one, once started). */
    public void watch(ConnectionListener listener) {
        listeners.add(listener);
        boolean now;
        synchronized (this) {
            now = started;
        }
        if (now) {
            listener.changed(platform, status);
        }
    }

    /** The first attempt, on this thread; its status. Later calls only return the current status. */
    public ConnectionStatus start() {
        synchronized (this) {
            if (started || closed) {
                return status;
            }
            started = true;
        }
        tryOnce();
        return status;
    }

    public ConnectionStatus status() {
        return status;
    }

    private void tryOnce() {
        Outcome outcome;
        try {
            outcome = attempt.attempt();
        } catch (RuntimeException e) {
            outcome = new Outcome.Unreachable(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        ConnectionStatus next;
        synchronized (this) {
            if (closed) {
                return;
            }
            next = switch (outcome) {
                case Outcome.Up u -> {
                    failures = 0;
                    everUp = true;
                    yield new ConnectionStatus.Connected();
                }
                case Outcome.Unreachable u -> {
                    Duration wait = backoff.after(++failures);
                    scheduler.schedule(wait, this::tryOnce);
                    yield new ConnectionStatus.Connecting(u.reason(), clock.instant().plus(wait));
                }
                case Outcome.Refused r -> new ConnectionStatus.Refused(r.reason());
            };
            status = next;
        }
        for (ConnectionListener l : listeners) {
            l.changed(platform, next);
        }
    }

    /**
     * The adapter saw its established connection drop, and the platform's SDK reconnects by itself (Bolt's Socket
     * Mode client, JDA): reported as {@code Connecting} with no scheduled attempt. Ignored before the first connection.
     */
    public void lost(String reason) {
        set(new ConnectionStatus.Connecting(reason, java.util.Optional.empty()), false);
    }

    /** The SDK got its connection back after {@link #lost}. */
    public void regained() {
        set(new ConnectionStatus.Connected(), true);
    }

    private void set(ConnectionStatus next, boolean onlyIfConnecting) {
        synchronized (this) {
            if (closed || !everUp || status instanceof ConnectionStatus.Refused
                    || (onlyIfConnecting ? !(status instanceof ConnectionStatus.Connecting)
                    : !(status instanceof ConnectionStatus.Connected))) {
                return;
            }
            status = next;
        }
        for (ConnectionListener l : listeners) {
            l.changed(platform, next);
        }
    }

    /** Stops retrying (an attempt under way finishes; its outcome is ignored). Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        scheduler.close();
    }
}
