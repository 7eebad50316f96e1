package dev.baton.hub.store;

/**
 * What one person's turns of a session cost on one UTC day ({@code 2026-01-01}): tokens as the daemon counted them
 * and dollars as its price table made of them; {@code unpriced} counts requests whose model had no price.
 * {@code channel} is the key of the channel the session was started in.
 */
public record UsageRow(String session, String person, String day, String channel, long inputTokens, long outputTokens,
                       long cacheReadTokens, long cacheWriteTokens, double costUsd, long unpriced) {
    /** Every token counted, cached or not. */
    public long tokens() {
        return inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens;
    }
}
