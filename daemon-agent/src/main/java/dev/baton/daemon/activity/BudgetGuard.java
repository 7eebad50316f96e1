package dev.baton.daemon.activity;

import dev.baton.config.BudgetSettings;
import dev.baton.protocol.event.SessionEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A session's {@code session_usd} and {@code session_tokens} budgets: a notice once 80% is used, a pause once all of
 * it is (until a raise). Limits start from the config and grow by each {@code budget_raised} event, so a restarted
 * daemon knows them. Confined to its tracker's thread (raises arrive through the tracker's lock).
 */
final class BudgetGuard {
    /** What the tracker must do now. */
    sealed interface Step {
        record Notice(String message) implements Step {}

        record Pause(String message) implements Step {}
    }

    /** The limits after a raise, or why there was nothing to raise. */
    sealed interface Raised {
        record Done(SessionEvent.BudgetRaised event, boolean stillOver) implements Raised {}

        record Refused(String reason) implements Raised {}
    }

    private static final BigDecimal NOTICE_AT = new BigDecimal("0.8");
    private Optional<BigDecimal> usd;
    private OptionalLong tokens;
    private boolean usdNoticed;
    private boolean usdPaused;
    private boolean tokensNoticed;
    private boolean tokensPaused;

    BudgetGuard(BudgetSettings settings) {
        this.usd = settings.sessionUsd();
        this.tokens = settings.sessionTokens();
    }

    /**
     * Applies the raises in {@code history}; thresholds already crossed count as noticed. A session still over a
     * limit is paused again by the next {@link #check} (a new daemon holds no pause of the old one's).
     */
    void restore(List<SessionEvent> history, BigDecimal spent, long used) {
        for (SessionEvent e : history) {
            if (e instanceof SessionEvent.BudgetRaised b) {
                if (b.budget().equals("usd")) {
                    usd = Optional.of(new BigDecimal(b.limit()));
                } else {
                    tokens = OptionalLong.of(Long.parseLong(b.limit()));
                }
            }
        }
        usdNoticed = usd.map(l -> spent.compareTo(l.multiply(NOTICE_AT)) >= 0).orElse(false);
        tokensNoticed = tokens.isPresent() && used * 10 >= tokens.getAsLong() * 8;
    }

    List<Step> check(BigDecimal spent, long used, String session) {
        List<Step> steps = new ArrayList<>();
        if (usd.isPresent()) {
            BigDecimal limit = usd.get();
            if (spent.compareTo(limit) >= 0 && !usdPaused) {
                usdPaused = true;
                usdNoticed = true;
                steps.add(new Step.Pause("session budget reached: " + dollars(spent) + " spent of " + dollars(limit)
                        + "; the agent is paused. Raise it with: agent budget " + session + " --raise 1.00"));
            } else if (spent.compareTo(limit.multiply(NOTICE_AT)) >= 0 && !usdNoticed) {
                usdNoticed = true;
                steps.add(new Step.Notice("80% of the session budget is spent: " + dollars(spent) + " of " + dollars(limit)));
            }
        }
        if (tokens.isPresent()) {
            long limit = tokens.getAsLong();
            if (used >= limit && !tokensPaused) {
                tokensPaused = true;
                tokensNoticed = true;
                steps.add(new Step.Pause("session token budget reached: " + used + " tokens of " + limit
                        + "; the agent is paused. Raise it with: agent budget " + session + " --raise-tokens " + limit));
            } else if (used * 10 >= limit * 8 && !tokensNoticed) {
                tokensNoticed = true;
                steps.add(new Step.Notice("80% of the session token budget is used: " + used + " of " + limit));
            }
        }
        return steps;
    }

    /** Whether a budget holds the agent paused. */
    boolean paused() {
        return usdPaused || tokensPaused;
    }

    Raised raiseUsd(dev.baton.protocol.session.Sender by, BigDecimal amount, BigDecimal spent) {
        if (usd.isEmpty()) {
            return new Raised.Refused("no session_usd budget is set ([budgets] in the config)");
        }
        BigDecimal limit = usd.get().add(amount);
        usd = Optional.of(limit);
        usdPaused = spent.compareTo(limit) >= 0 && usdPaused;
        usdNoticed = spent.compareTo(limit.multiply(NOTICE_AT)) >= 0;
        return new Raised.Done(new SessionEvent.BudgetRaised(by, "usd", amount.toPlainString(), limit.toPlainString()),
                spent.compareTo(limit) >= 0);
    }

    Raised raiseTokens(dev.baton.protocol.session.Sender by, long amount, long used) {
        if (tokens.isEmpty()) {
            return new Raised.Refused("no session_tokens budget is set ([budgets] in the config)");
        }
        long limit = tokens.getAsLong() + amount;
        tokens = OptionalLong.of(limit);
        tokensPaused = used >= limit && tokensPaused;
        tokensNoticed = used * 10 >= limit * 8;
        return new Raised.Done(new SessionEvent.BudgetRaised(by, "tokens", Long.toString(amount), Long.toString(limit)),
                used >= limit);
    }

    Optional<BigDecimal> usdLimit() {
        return usd;
    }

    OptionalLong tokenLimit() {
        return tokens;
    }

    static String dollars(BigDecimal d) {
        return "$" + d.setScale(d.scale() > 2 && d.compareTo(BigDecimal.ONE) < 0 ? 4 : 2, RoundingMode.HALF_UP).toPlainString();
    }
}
