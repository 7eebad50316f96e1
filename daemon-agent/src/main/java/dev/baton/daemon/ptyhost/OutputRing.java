package dev.baton.daemon.ptyhost;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One agent's output between the PTY reader (the only producer) and whichever daemon connection is attached (the
 * only consumer). Bounded: with no consumer, or one that has made no progress for the stall time, a full ring
 * drops its oldest bytes and counts them, so the reader never waits for an absent or stalled daemon. While an
 * attached consumer keeps draining, a full ring makes the reader wait for space instead, which throttles the
 * agent to the daemon's pace (as a terminal does) rather than losing output. The array grows on demand up to
 * the capacity and shrinks back once drained, so an idle agent costs little. A consumer peeks, writes to its
 * socket, then commits, so bytes are consumed only once they were sent.
 */
final class OutputRing {
    private static final int INITIAL = 64 * 1024;

    private final int capacity;
    private final long stallNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private byte[] buf;
    private long head; // total bytes ever appended
    private long tail; // total bytes consumed or dropped
    private long lost; // dropped and not yet reported
    private boolean ended;
    private long peekedFrom;
    private boolean consumer;
    private long lastProgress;

    OutputRing(int capacity, long stallMillis) {
        this.capacity = capacity;
        this.stallNanos = TimeUnit.MILLISECONDS.toNanos(stallMillis);
        this.buf = new byte[Math.min(INITIAL, capacity)];
    }

    /**
     * Appends output. If it does not fit, waits for a draining consumer (never longer than the stall time without
     * progress), else drops the oldest bytes.
     */
    void append(byte[] b, int off, int len) throws InterruptedException {
        lock.lock();
        try {
            while (consumer && head - tail + Math.min(len, capacity) > capacity) {
                long quiet = System.nanoTime() - lastProgress;
                if (quiet >= stallNanos) {
                    break;
                }
                changed.awaitNanos(stallNanos - quiet);
            }
            if (len > capacity) {
                lost += len - capacity;
                tail += len - capacity;
                head += len - capacity;
                off += len - capacity;
                len = capacity;
            }
            int size = (int) (head - tail);
            if (size + len > buf.length && buf.length < capacity) {
                grow(Math.min(capacity, Math.max(buf.length * 2, size + len)));
            }
            int overflow = size + len - buf.length;
            if (overflow > 0) {
                tail += overflow;
                lost += overflow;
            }
            put(buf, head, b, off, len);
            head += len;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No more output will come (the PTY hung up). */
    void end() {
        lock.lock();
        try {
            ended = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A consumer is attached (or not); the reader may wait for one that keeps draining. Wakes everyone. */
    void consumer(boolean attached) {
        lock.lock();
        try {
            consumer = attached;
            lastProgress = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies up to {@code into.length} unconsumed bytes without consuming them, waiting up to {@code waitMillis}
     * for some. Returns the count, 0 on timeout, or -1 once the ring has ended and is empty.
     */
    int peek(byte[] into, long waitMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (head == tail && !ended && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            int size = (int) (head - tail);
            if (size == 0) {
                return ended ? -1 : 0;
            }
            int n = Math.min(size, into.length);
            get(buf, tail, into, n);
            peekedFrom = tail;
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** Marks the {@code n} bytes of the last {@link #peek} consumed; bytes dropped meanwhile stay dropped. */
    void commit(int n) {
        lock.lock();
        try {
            tail = Math.max(tail, peekedFrom + n);
            lastProgress = System.nanoTime();
            changed.signalAll();
            if (head == tail && buf.length > INITIAL) {
                buf = new byte[Math.min(INITIAL, capacity)];
            }
        } finally {
            lock.unlock();
        }
    }

    /** Bytes dropped since the last call. */
    long takeLost() {
        lock.lock();
        try {
            long n = lost;
            lost = 0;
            return n;
        } finally {
            lock.unlock();
        }
    }

    long buffered() {
        lock.lock();
        try {
            return head - tail;
        } finally {
            lock.unlock();
        }
    }

    /** Positions stay absolute: a byte at position p lives at {@code p % buf.length} before and after. */
    private void grow(int size) {
        byte[] linear = new byte[(int) (head - tail)];
        get(buf, tail, linear, linear.length);
        byte[] next = new byte[size];
        put(next, tail, linear, 0, linear.length);
        buf = next;
    }

    private static void put(byte[] ring, long pos, byte[] src, int off, int len) {
        int at = (int) (pos % ring.length);
        int first = Math.min(len, ring.length - at);
        System.arraycopy(src, off, ring, at, first);
        System.arraycopy(src, off + first, ring, 0, len - first);
    }

    private static void get(byte[] ring, long pos, byte[] dst, int len) {
        int at = (int) (pos % ring.length);
        int first = Math.min(len, ring.length - at);
        System.arraycopy(ring, at, dst, 0, first);
        System.arraycopy(ring, 0, dst, first, len - first);
    }
}
