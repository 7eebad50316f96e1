package dev.baton.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetsAndPricesConfigTest {
    @TempDir
    Path tmp;

    private BatonConfig parse(String toml) {
        return ConfigLoader.parse(tmp.resolve("config.toml"), toml, "host");
    }

    @Test
    void without_budgets_nothing_is_limited_and_the_shipped_prices_apply() {
        BatonConfig c = parse("");
        assertTrue(c.budgets().sessionUsd().isEmpty());
        assertTrue(c.budgets().sessionTokens().isEmpty());
        ModelPrice opus = c.prices().price("claude-opus-5-5").orElseThrow();
        assertEquals(0, new BigDecimal("4.00").compareTo(opus.input()));
        assertEquals(0, new BigDecimal("0.20").compareTo(opus.cacheRead()));
        assertEquals(0, new BigDecimal("8.00").compareTo(opus.cacheWrite1h()));
        assertTrue(c.prices().price("claude-opus-5-5-20261101").isPresent(), "a dated name finds its model");
        assertTrue(c.prices().price("no-such-model").isEmpty(), "an unknown model has no price, not a guess");
    }

    @Test
    void budgets_and_price_overrides_are_read() {
        BatonConfig c = parse("""
                [budgets]
                session_usd = 1.50
                session_tokens = 20000
                [prices."claude-opus-5-5"]
                output = 25
                [prices."my-model"]
                input = 1
                output = 2
                """);
        assertEquals(0, new BigDecimal("1.50").compareTo(c.budgets().sessionUsd().orElseThrow()));
        assertEquals(20000, c.budgets().sessionTokens().getAsLong());
        ModelPrice opus = c.prices().price("claude-opus-5-5").orElseThrow();
        assertEquals(0, BigDecimal.valueOf(25).compareTo(opus.output()), "overridden");
        assertEquals(0, new BigDecimal("4.00").compareTo(opus.input()), "the rest kept");
        ModelPrice mine = c.prices().price("my-model").orElseThrow();
        assertEquals(0, BigDecimal.ONE.compareTo(mine.cacheRead()), "cache prices default to the input price");
    }

    @Test
    void the_hub_reads_its_raise_step_its_extra_approvers_and_the_daily_budgets() {
        BatonConfig none = parse("");
        assertEquals(0, new BigDecimal("1.00").compareTo(none.budgets().raiseStepUsd()), "raise by $1 by default");
        assertTrue(none.budgets().approvers().isEmpty());
        BatonConfig c = parse("[budgets]\nraise_step_usd = 2.50\napprovers = [\"slack:U1\", \"web:carol\"]\n");
        assertEquals(0, new BigDecimal("2.50").compareTo(c.budgets().raiseStepUsd()));
        assertEquals(java.util.List.of("slack:U1", "web:carol"), c.budgets().approvers());
        assertTrue(none.budgets().personDailyUsd().isEmpty() && none.budgets().channelDailyUsd().isEmpty());
        BatonConfig daily = parse("[budgets]\nperson_daily_usd = 20\nchannel_daily_usd = 100.5\n");
        assertEquals(0, new BigDecimal("20").compareTo(daily.budgets().personDailyUsd().orElseThrow()));
        assertEquals(0, new BigDecimal("100.5").compareTo(daily.budgets().channelDailyUsd().orElseThrow()));
        assertThrows(ConfigException.class, () -> parse("[budgets]\nperson_daily_usd = 0\n"));
        ConfigException e = assertThrows(ConfigException.class, () -> parse("[budgets]\napprovers = [\"carol\"]\n"));
        assertTrue(e.getMessage().contains("budgets.approvers"), e.getMessage());
    }

    @Test
    void a_new_model_without_an_output_price_is_refused_with_an_example() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("[prices.\"m\"]\ninput = 1\n"));
        assertTrue(e.getMessage().contains("prices.\"m\".output"), e.getMessage());
        assertTrue(e.example().contains("cache_write_1h"), "shows an example: " + e.example());
    }

    @Test
    void a_negative_budget_and_an_unknown_key_are_refused() {
        assertThrows(ConfigException.class, () -> parse("[budgets]\nsession_usd = -1\n"));
        assertThrows(ConfigException.class, () -> parse("[budgets]\nsession_eur = 1\n"));
        assertThrows(ConfigException.class, () -> parse("[prices.\"claude-opus-5-5\"]\ninput_usd = 1\n"));
    }

    @Test
    void a_cost_is_exact_per_million_tokens() {
        ModelPrice opus = PriceTable.builtIn().price("claude-opus-5-5").orElseThrow();
        // 1M uncached in $4 + 1M out $20 + 1M read $0.20 + 1M 5-minute write $5 + 1M 1-hour write $8
        assertEquals(0, new BigDecimal("37.20").compareTo(opus.cost(1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000)));
        assertEquals(0, new BigDecimal("0.0000002").compareTo(opus.cost(0, 0, 1, 0, 0)));
    }
}
