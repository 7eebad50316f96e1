package dev.baton.protocol.cli;

import java.util.Optional;

/**
 * What a session used, from its agent's own transcript ({@code agent ls --json}'s {@code usage}): {@code inputTokens}
 * is the uncached input only, as in Anthropic's API (for Codex, its input minus the cached input); the cache counts
 * stand beside it. {@code costUsd} is empty when a model has no price ({@code note} says which); never made up.
 */
public record SessionUsage(long inputTokens, long outputTokens, long cacheReadTokens, long cacheWriteTokens,
                           Optional<Double> costUsd, String model, long requests, Optional<String> note) {
    public static final SessionUsage NONE = new SessionUsage(0, 0, 0, 0, Optional.of(0.0), "", 0, Optional.empty());

    /** All input, cache reads and writes included: {@code agent ls}'s TOKENS left of the slash. */
    public long allInput() {
        return inputTokens + cacheReadTokens + cacheWriteTokens;
    }
}
