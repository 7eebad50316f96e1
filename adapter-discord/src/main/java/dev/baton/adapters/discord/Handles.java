package dev.baton.adapters.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Pending reply handles ({@code p:<n>}) and the message ids they became. Bounded (Caffeine): past 10,000 the least
 * useful are forgotten (an edit that late names a message nobody edits any more). Thread-safe.
 */
final class Handles {
    static final int MAX = 10_000;
    private final Cache<String, String> ids = Caffeine.newBuilder().maximumSize(MAX).executor(Runnable::run).build();

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
