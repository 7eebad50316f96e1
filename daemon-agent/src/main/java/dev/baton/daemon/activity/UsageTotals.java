package dev.baton.daemon.activity;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.math.BigDecimal;
import java.util.Map;
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

    /** The {@code usage} object of {@code agent ls --json}; {@code cost_usd} is left out when unknown. */
    public Map<String, Object> toJson() {
        return Json.object("input_tokens", inputTokens, "output_tokens", outputTokens, "cache_read_tokens", cacheReadTokens,
                "cache_write_tokens", cacheWriteTokens, "cost_usd", cost.map(BigDecimal::doubleValue).orElse(null),
                "model", model, "requests", requests, "note", note.isEmpty() ? null : note);
    }

    public static UsageTotals fromJson(Fields f) {
        Object cost = f.map().get("cost_usd");
        return new UsageTotals(f.optNumber("requests").orElse(0L), f.number("input_tokens"), f.number("output_tokens"),
                f.number("cache_read_tokens"), f.number("cache_write_tokens"),
                cost instanceof Number n ? Optional.of(new BigDecimal(n.toString())) : Optional.empty(),
                f.optString("model").orElse(""), f.optString("note").orElse(""));
    }
}
