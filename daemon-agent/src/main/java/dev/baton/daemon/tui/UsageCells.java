package dev.baton.daemon.tui;

import java.util.Locale;
import java.util.Map;

/**
 * The TOKENS and COST cells, as {@code agent ls} prints them, from a session's {@code usage} object: {@code 12.3k/900}
 * (all input, cache included / output) and {@code $0.18}; {@code -} before the first request or when the daemon
 * sends no usage, {@code ?} for a model without a price.
 */
final class UsageCells {
    private UsageCells() {}

    static String tokens(Map<String, Object> u) {
        if (u == null || (number(u, "requests") == 0 && number(u, "output_tokens") == 0)) {
            return "-";
        }
        long in = number(u, "input_tokens") + number(u, "cache_read_tokens") + number(u, "cache_write_tokens");
        return count(in) + "/" + count(number(u, "output_tokens"));
    }

    static String cost(Map<String, Object> u) {
        if (u == null || number(u, "requests") == 0) {
            return "-";
        }
        if (!(u.get("cost_usd") instanceof Number n)) {
            return "?";
        }
        double d = n.doubleValue();
        return String.format(Locale.ROOT, d > 0 && d < 0.01 ? "$%.4f" : "$%.2f", d);
    }

    static String count(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        return n < 1_000_000 ? String.format(Locale.ROOT, "%.1fk", n / 1000.0)
                : String.format(Locale.ROOT, "%.1fM", n / 1_000_000.0);
    }

    private static long number(Map<String, Object> u, String key) {
        return u.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
