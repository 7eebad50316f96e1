package dev.baton.adapters.testing;

import java.time.Duration;

/** Waits for a condition with a deadline; never a fixed sleep. */
public final class Eventually {
    public static final Duration WAIT = Duration.ofSeconds(10);

    private Eventually() {}

    /** A condition that may throw; a throw counts as "not yet". */
    @FunctionalInterface
    public interface Check {
        boolean holds() throws Exception;
    }

    public static void await(String what, Check condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
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
        throw new AssertionError("timed out after " + WAIT.toMillis() + " ms waiting for " + what, last);
    }
}
