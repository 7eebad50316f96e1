package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code [budgets]} that the daemon enforces on its own, so they hold from the CLI with no hub: {@code session_usd}
 * caps what one session may spend (by the price table), {@code session_tokens} how many tokens it may use (input,
 * cache included, plus output). At 80% the session gets a notice; at 100% the daemon pauses the agent and asks for
 * a raise ({@code agent budget NAME --raise N}, or the budget card's "Raise by $N" at the hub). Unset: no limit.
 * {@code raise_step_usd} is the card's N (default 1.00); {@code approvers} are user keys ({@code slack:U123}) who may
 * press it besides the session's approvers. {@code person_daily_usd} and {@code channel_daily_usd} are enforced by the
 * hub: what one person's turns (or one channel's sessions) may spend in a UTC day, over every daemon.
 */
public record BudgetSettings(Optional<BigDecimal> sessionUsd, OptionalLong sessionTokens, BigDecimal raiseStepUsd,
                             List<String> approvers, Optional<BigDecimal> personDailyUsd,
                             Optional<BigDecimal> channelDailyUsd) {
    static final String EXAMPLE = "[budgets]\nsession_usd = 5.00\nsession_tokens = 2000000\nraise_step_usd = 1.00\n"
            + "approvers = [\"slack:U123\"]\nperson_daily_usd = 20.00\nchannel_daily_usd = 100.00";
    private static final Set<String> KEYS = Set.of("session_usd", "session_tokens", "raise_step_usd", "approvers",
            "person_daily_usd", "channel_daily_usd");
    private static final BigDecimal STEP = new BigDecimal("1.00");

    public BudgetSettings {
        approvers = List.copyOf(approvers);
    }

    public BudgetSettings(Optional<BigDecimal> sessionUsd, OptionalLong sessionTokens) {
        this(sessionUsd, sessionTokens, STEP, List.of(), Optional.empty(), Optional.empty());
    }

    public static BudgetSettings none() {
        return new BudgetSettings(Optional.empty(), OptionalLong.empty());
    }

    static BudgetSettings read(Path file, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return none();
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "budgets", "must be a table", EXAMPLE);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new ConfigException(file, "budgets." + k, "unknown key (known: approvers, channel_daily_usd, person_daily_usd, raise_step_usd, session_tokens, session_usd)", EXAMPLE);
            }
        }
        Optional<BigDecimal> usd = dollars(file, node, "session_usd");
        OptionalLong tokens = OptionalLong.empty();
        JsonNode t = node.get("session_tokens");
        if (t != null) {
            if (!t.isIntegralNumber() || t.asLong() < 1) {
                throw new ConfigException(file, "budgets.session_tokens", "must be a whole number above 0, got " + t, EXAMPLE);
            }
            tokens = OptionalLong.of(t.asLong());
        }
        BigDecimal step = STEP;
        JsonNode r = node.get("raise_step_usd");
        if (r != null) {
            if (!r.isNumber() || r.decimalValue().signum() <= 0) {
                throw new ConfigException(file, "budgets.raise_step_usd", "must be dollars above 0, got " + r, EXAMPLE);
            }
            step = new BigDecimal(r.asText());
        }
        List<String> approvers = new ArrayList<>();
        JsonNode a = node.get("approvers");
        if (a != null) {
            if (!a.isArray()) {
                throw new ConfigException(file, "budgets.approvers", "must be a list of user keys, got " + a, EXAMPLE);
            }
            for (JsonNode k : a) {
                if (!k.isTextual() || !k.asText().contains(":")) {
                    throw new ConfigException(file, "budgets.approvers", "must be user keys like slack:U123, got " + k, EXAMPLE);
                }
                approvers.add(k.asText());
            }
        }
        return new BudgetSettings(usd, tokens, step, approvers, dollars(file, node, "person_daily_usd"),
                dollars(file, node, "channel_daily_usd"));
    }

    private static Optional<BigDecimal> dollars(Path file, JsonNode node, String key) {
        JsonNode u = node.get(key);
        if (u == null) {
            return Optional.empty();
        }
        if (!u.isNumber() || u.decimalValue().signum() <= 0) {
            throw new ConfigException(file, "budgets." + key, "must be dollars above 0, got " + u, EXAMPLE);
        }
        return Optional.of(new BigDecimal(u.asText()));
    }
}
