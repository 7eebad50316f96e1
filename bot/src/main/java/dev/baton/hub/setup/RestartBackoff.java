package dev.baton.hub.setup;

import java.time.Duration;

/**
 * When {@code baton up} restarts its local daemon after it exits: after {@code first}, doubling up to {@code cap}. A
 * run of at least {@code healthyRun} was a healthy one and resets the count; after {@code maxQuickCrashes} quick
 * exits in a row it is a crash loop, and the daemon is left down (with a message saying so).
 */
final class RestartBackoff {
    /** The numbers; {@link #DEFAULT}: 1 s doubling to 60 s, healthy after 60 s, give up after 8 quick crashes. */
    record Policy(Duration first, Duration cap, Duration healthyRun, int maxQuickCrashes) {
        static final Policy DEFAULT = new Policy(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60), 8);
    }

    /** What to do after an exit. */
    sealed interface Next {}

    /** Start it again after {@code delay}; this is the {@code attempt}-th restart in a row. */
    record RestartIn(Duration delay, int attempt) implements Next {}

    /** A crash loop: {@code crashes} quick exits in a row; do not restart. */
    record GiveUp(int crashes) implements Next {}

    private final Policy policy;
    private int quickExits;

    RestartBackoff(Policy policy) {
        this.policy = policy;
    }

    Policy policy() {
        return policy;
    }

    /** The decision after a run that lasted {@code ran}. */
    Next afterExit(Duration ran) {
        if (ran.compareTo(policy.healthyRun()) >= 0) {
            quickExits = 0;
        }
        quickExits++;
        if (quickExits > policy.maxQuickCrashes()) {
            return new GiveUp(quickExits - 1);
        }
        Duration delay = policy.first();
        for (int i = 1; i < quickExits && delay.compareTo(policy.cap()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return new RestartIn(delay.compareTo(policy.cap()) > 0 ? policy.cap() : delay, quickExits);
    }
}
