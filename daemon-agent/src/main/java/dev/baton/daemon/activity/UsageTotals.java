package dev.baton.daemon.activity;

import dev.baton.protocol.cli.SessionUsage;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a session has used so far. {@code inputTokens} is the uncached input (as in Anthropic's API); the cache counts
 * stand beside it. {@code cost} is empty when some request's model has no price ({@code note} says which): a cost is
 * never made up. {@code model} is the last one seen.
 */
public record UsageTotals(long requests, long inputTokens, long outputTokens, long cacheReadTokens, long cacheWriteTokens,
                          Optional<BigDecimal> cost, String model, String note) {
    public static final UsageTotals NONE = new UsageTotals(0, 0, 0, 0, 0, Optional.of(BigDecimal.ZERO), "", "");

    /** All input, cache reads and writes included: what {@code agent ls} shows left of the slash. */
    public long allInput() {
        return inputTokens + cacheReadTokens + cacheWriteTokens;
    }

    /** The tokens a {@code session_tokens} budget counts: all input plus output. */
    public long tokens() {
        return allInput() + outputTokens;
    }

    /** The {@code usage} of {@code agent ls} (and of what is kept for an ended session); no cost when unknown. */
    public SessionUsage toWire() {
        return new SessionUsage(inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens,
                cost.map(BigDecimal::doubleValue), model, requests, note.isEmpty() ? Optional.empty() : Optional.of(note));
    }

    public static UsageTotals fromWire(SessionUsage u) {
        return new UsageTotals(u.requests(), u.inputTokens(), u.outputTokens(), u.cacheReadTokens(), u.cacheWriteTokens(),
                u.costUsd().map(c -> new BigDecimal(c.toString())), u.model(), u.note().orElse(""));
    }
}
