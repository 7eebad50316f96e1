package dev.baton.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition with a deadline; never a fixed sleep. Shared by every module's tests (protocol's test-jar). */
public final class Eventually {
    /** The deadline of {@link #await(String, Check)}: in-process waits, no agent or daemon to start. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private Eventually() {}

    /** A condition that may throw; a throw counts as "not yet". */
    @FunctionalInterface
    public interface Check {
        boolean holds() throws Exception;
    }

    public static void await(String what, Check condition) {
        await(what, WAIT, condition);
    }

    public static void await(String what, Duration timeout, Check condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (Exception | AssertionError e) {
                last = e;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
        throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what, last);
    }

    /** The first non-null value {@code supplier} gives within {@code timeout}. */
    public static <T> T value(String what, Duration timeout, Supplier<T> supplier) {
        Object[] box = new Object[1];
        await(what, timeout, () -> {
            box[0] = supplier.get();
            return box[0] != null;
        });
        @SuppressWarnings("unchecked")
        T t = (T) box[0];
        return t;
    }
}
