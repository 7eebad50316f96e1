package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model prices as data: the list prices shipped in {@code prices.toml} (next to this class), overridden or extended by
 * the config's {@code [prices."<model>"]} tables. A model with no entry has no price: its cost is unknown, never
 * guessed. A dated name ({@code claude-opus-5-5-20261101}) falls back to its undated entry.
 */
public final class PriceTable {
    static final String EXAMPLE = "[prices.\"claude-opus-5-5\"]\ninput = 4.00\noutput = 20.00\ncache_read = 0.20\n"
            + "cache_write = 5.00\ncache_write_1h = 8.00";
    private static final Set<String> KEYS = Set.of("input", "output", "cache_read", "cache_write", "cache_write_1h");
    private final Map<String, ModelPrice> prices;

    private PriceTable(Map<String, ModelPrice> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** The shipped list prices alone. */
    public static PriceTable builtIn() {
        try (InputStream in = PriceTable.class.getResourceAsStream("prices.toml")) {
            if (in == null) {
                throw new IllegalStateException("prices.toml is missing from the config jar");
            }
            Path source = Path.of("prices.toml");
            return new PriceTable(read(source, new TomlMapper().readTree(in).get("prices"), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped prices with the config's {@code [prices]} ({@code node}, may be null) laid over them. */
    static PriceTable withOverrides(Path file, JsonNode node) {
        return new PriceTable(read(file, node, builtIn().prices));
    }

    public static PriceTable of(Map<String, ModelPrice> prices) {
        return new PriceTable(prices);
    }

    public Optional<ModelPrice> price(String model) {
        ModelPrice p = prices.get(model);
        if (p == null && model.matches(".*-\\d{8}")) {
            p = prices.get(model.substring(0, model.length() - 9));
        }
        return Optional.ofNullable(p);
    }

    public Set<String> models() {
        return prices.keySet();
    }

    private static Map<String, ModelPrice> read(Path file, JsonNode node, Map<String, ModelPrice> base) {
        Map<String, ModelPrice> out = new LinkedHashMap<>(base);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "prices", "must be a table of models", EXAMPLE);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> model = it.next();
            String key = "prices.\"" + model.getKey() + "\"";
            JsonNode t = model.getValue();
            if (!t.isObject()) {
                throw new ConfigException(file, key, "must be a table of prices per million tokens", EXAMPLE);
            }
            t.fieldNames().forEachRemaining(k -> {
                if (!KEYS.contains(k)) {
                    throw new ConfigException(file, key + "." + k, "unknown key (known: cache_read, cache_write,"
                            + " cache_write_1h, input, output)", EXAMPLE);
                }
            });
            ModelPrice was = base.get(model.getKey());
            BigDecimal input = dollars(file, key, t, "input", was == null ? null : was.input());
            BigDecimal output = dollars(file, key, t, "output", was == null ? null : was.output());
            BigDecimal read = dollars(file, key, t, "cache_read", was == null ? input : was.cacheRead());
            BigDecimal write = dollars(file, key, t, "cache_write", was == null ? input : was.cacheWrite());
            BigDecimal write1h = dollars(file, key, t, "cache_write_1h", was == null ? write : was.cacheWrite1h());
            out.put(model.getKey(), new ModelPrice(input, output, read, write, write1h));
        }
        return out;
    }

    private static BigDecimal dollars(Path file, String table, JsonNode t, String field, BigDecimal fallback) {
        JsonNode v = t.get(field);
        if (v == null) {
            if (fallback == null) {
                throw new ConfigException(file, table + "." + field, "is required for a model the built-in table"
                        + " does not know", EXAMPLE);
            }
            return fallback;
        }
        if (!v.isNumber() || v.decimalValue().signum() < 0) {
            throw new ConfigException(file, table + "." + field, "must be dollars per million tokens (a number"
                    + " >= 0), got " + v, EXAMPLE);
        }
        return new BigDecimal(v.asText());
    }
}
