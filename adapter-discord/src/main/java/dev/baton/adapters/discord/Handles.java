package dev.baton.adapters.discord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pending reply handles ({@code p:<n>}) and the message ids they became. Bounded: the oldest are forgotten first
 * (an edit that late names a message nobody edits any more). Thread-safe.
 */
final class Handles {
    private static final int MAX = 10_000;
    private final Map<String, String> ids = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX;
        }
    };

    synchronized void put(String handle, String messageId) {
        ids.put(handle, messageId);
    }

    /** The real id for a handle; any other id as it is. */
    synchronized String resolve(String idOrHandle) {
        if (!idOrHandle.startsWith("p:")) {
            return idOrHandle;
        }
        String id = ids.get(idOrHandle);
        if (id == null) {
            throw new DiscordException("message " + idOrHandle + " was never posted (or is too old to edit)");
        }
        return id;
    }
}
