package dev.baton.daemon.activity;

/**
 * The tokens of one model request, as a transcript reports them. {@code key} identifies the request (Claude Code's
 * {@code message.id} + {@code requestId}; a Codex line's place in its rollout), so a request seen twice is counted
 * once. {@code uncachedInput} excludes every cached token; {@code cacheWrite1h} is the part of {@code cacheWrite}
 * kept an hour (priced apart by Anthropic).
 */
record ModelRequest(String key, String model, long uncachedInput, long output, long cacheRead, long cacheWrite,
                    long cacheWrite1h) {
    ModelRequest {
        if (uncachedInput < 0 || output < 0 || cacheRead < 0 || cacheWrite < 0 || cacheWrite1h < 0
                || cacheWrite1h > cacheWrite) {
            throw new IllegalArgumentException("token counts cannot be negative: " + key);
        }
    }
}
