package dev.baton.adapters.slack;

import java.time.Duration;

/** Waits for a condition with a deadline; never a fixed sleep. */
final class Eventually {
    static final Duration WAIT = Duration.ofSeconds(10);

    private Eventually() {}

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    static void await(String what, Check condition) {
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
