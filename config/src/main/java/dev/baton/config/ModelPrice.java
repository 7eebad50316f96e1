package dev.baton.config;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * One model's list prices in US dollars per million tokens: uncached input, output, a cache read, and a cache write
 * (five-minute; {@code cacheWrite1h} for Anthropic's one-hour cache, equal to {@code cacheWrite} where there is no
 * such tier).
 */
public record ModelPrice(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite,
                         BigDecimal cacheWrite1h) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public ModelPrice {
        for (BigDecimal p : new BigDecimal[] {input, output, cacheRead, cacheWrite, cacheWrite1h}) {
            if (Objects.requireNonNull(p, "price").signum() < 0) {
                throw new IllegalArgumentException("a price cannot be negative");
            }
        }
    }

    /** The dollars for these token counts; {@code cacheWrite1hTokens} is the part of the cache writes kept an hour. */
    public BigDecimal cost(long uncachedInput, long output, long cacheRead, long cacheWrite5m, long cacheWrite1hTokens) {
        BigDecimal sum = input.multiply(BigDecimal.valueOf(uncachedInput))
                .add(this.output.multiply(BigDecimal.valueOf(output)))
                .add(this.cacheRead.multiply(BigDecimal.valueOf(cacheRead)))
                .add(cacheWrite.multiply(BigDecimal.valueOf(cacheWrite5m)))
                .add(cacheWrite1h.multiply(BigDecimal.valueOf(cacheWrite1hTokens)));
        return sum.divide(MILLION, MathContext.DECIMAL64);
    }
}
