package dev.baton.adapters.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Pending reply handles ({@code p:<n>}) and the message ids they became, kept a week after their last use (an edit
 * that late names a message nobody edits any more), on the injected {@link Ticker}. Caffeine's size bound evicts by
 * frequency, not age, so time does the bounding and the size cap is a safety net far above use. Thread-safe.
 */
final class Handles {
    static final Duration KEPT = Duration.ofDays(7);
    static final int MAX = 50_000;
    private final Cache<String, String> ids;

    Handles(Ticker ticker) {
        this.ids = Caffeine.newBuilder().expireAfterAccess(KEPT).maximumSize(MAX).ticker(ticker)
                .executor(Runnable::run).build();
    }

    void put(String handle, String messageId) {
        ids.put(handle, messageId);
    }

    /** The real id for a handle; any other id as it is. */
    String resolve(String idOrHandle) {
        if (!idOrHandle.startsWith("p:")) {
            return idOrHandle;
        }
        String id = ids.getIfPresent(idOrHandle);
        if (id == null) {
            throw new DiscordException("message " + idOrHandle + " was never posted (or is too old to edit)");
        }
        return id;
    }

    /** How many are remembered (after pending evictions). */
    long size() {
        ids.cleanUp();
        return ids.estimatedSize();
    }
}
