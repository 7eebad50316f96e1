package dev.baton.daemon.session.input;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * The turn ids a session has queued or delivered, so a redelivery from the hub has no effect. Bounded (Caffeine):
 * an id is kept for {@link #KEPT} after it was seen; the hub resends unacknowledged turns within a reconnect, well
 * inside that. Caffeine's size bound evicts by frequency, not age (a new id may go first), so time does the bounding
 * and {@link #MAX} is a safety net above what the hub's rate limits let in within {@code KEPT}. Time comes from the
 * injected {@link Ticker}.
 */
final class SeenTurns {
    static final int MAX = 20_000;
    static final Duration KEPT = Duration.ofHours(6);

    private final Cache<String, Boolean> ids;

    SeenTurns(Ticker ticker) {
        this.ids = Caffeine.newBuilder().maximumSize(MAX).expireAfterWrite(KEPT).ticker(ticker)
                .executor(Runnable::run).build();
    }

    boolean contains(String turnId) {
        return ids.getIfPresent(turnId) != null;
    }

    void add(String turnId) {
        ids.put(turnId, Boolean.TRUE);
    }

    /** How many ids are kept now (after pending evictions). */
    long size() {
        ids.cleanUp();
        return ids.estimatedSize();
    }
}
