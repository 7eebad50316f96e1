package dev.baton.hub.sessions;

import dev.baton.hub.store.UsageRow;
import java.util.Collection;
import java.util.Locale;

/** Tokens and dollars added up; {@code unpriced} counts requests whose model had no price (their dollars are unknown). */
public record UsageTotal(long tokens, double usd, long unpriced) {
    public static final UsageTotal NONE = new UsageTotal(0, 0, 0);

    public static UsageTotal of(Collection<UsageRow> rows) {
        UsageTotal t = NONE;
        for (UsageRow r : rows) {
            t = t.plus(r);
        }
        return t;
    }

    public UsageTotal plus(UsageRow r) {
        return new UsageTotal(tokens + r.tokens(), usd + r.costUsd(), unpriced + r.unpriced());
    }

    public boolean none() {
        return tokens == 0 && unpriced == 0;
    }

    /** {@code $1.23 · 45.6k tokens}; {@code $1.23+? · …} when some requests had no price. */
    public String words() {
        return money() + " · " + tokenWords() + " tokens";
    }

    public String money() {
        return String.format(Locale.ROOT, "$%.2f", usd) + (unpriced > 0 ? "+?" : "");
    }

    private String tokenWords() {
        if (tokens < 1_000) {
            return Long.toString(tokens);
        }
        return tokens < 1_000_000 ? String.format(Locale.ROOT, "%.1fk", tokens / 1e3)
                : String.format(Locale.ROOT, "%.2fM", tokens / 1e6);
    }
}
