package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.BudgetSettings;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BudgetGuardTest {
    private static final Sender ANA = Sender.parse("cli:ana");

    private static BudgetGuard usd(String limit) {
        return new BudgetGuard(new BudgetSettings(Optional.of(new BigDecimal(limit)), OptionalLong.empty()));
    }

    @Test
    void eighty_percent_gives_one_notice_and_the_whole_budget_one_pause() {
        BudgetGuard g = usd("1.00");
        assertEquals(List.of(), g.check(new BigDecimal("0.79"), 0, "s"));
        List<BudgetGuard.Step> at80 = g.check(new BigDecimal("0.80"), 0, "s");
        assertInstanceOf(BudgetGuard.Step.Notice.class, at80.get(0));
        assertEquals(List.of(), g.check(new BigDecimal("0.90"), 0, "s"), "noticed once");
        BudgetGuard.Step pause = g.check(new BigDecimal("1.00"), 0, "s").get(0);
        assertTrue(((BudgetGuard.Step.Pause) pause).message().contains("agent budget s --raise"), pause.toString());
        assertTrue(g.paused());
        assertEquals(List.of(), g.check(new BigDecimal("1.20"), 0, "s"), "paused once");
    }

    @Test
    void a_raise_above_the_spend_lifts_the_pause_and_one_below_keeps_it() {
        BudgetGuard g = usd("0.01");
        g.check(new BigDecimal("0.05"), 0, "s");
        BudgetGuard.Raised.Done small = (BudgetGuard.Raised.Done) g.raiseUsd(ANA, new BigDecimal("0.01"), new BigDecimal("0.05"));
        assertTrue(small.stillOver());
        assertTrue(g.paused());
        BudgetGuard.Raised.Done enough = (BudgetGuard.Raised.Done) g.raiseUsd(ANA, new BigDecimal("1.00"), new BigDecimal("0.05"));
        assertEquals(new SessionEvent.BudgetRaised(ANA, "usd", "1.00", "1.02"), enough.event());
        assertFalse(g.paused());
        assertEquals(List.of(), g.check(new BigDecimal("0.06"), 0, "s"));
    }

    @Test
    void a_budget_not_set_cannot_be_raised() {
        BudgetGuard g = new BudgetGuard(BudgetSettings.none());
        assertInstanceOf(BudgetGuard.Raised.Refused.class, g.raiseUsd(ANA, BigDecimal.ONE, BigDecimal.ZERO));
        assertInstanceOf(BudgetGuard.Raised.Refused.class, g.raiseTokens(ANA, 10, 0));
        assertEquals(List.of(), g.check(new BigDecimal("99"), 1_000_000_000, "s"));
    }

    @Test
    void tokens_are_held_to_their_budget_too() {
        BudgetGuard g = new BudgetGuard(new BudgetSettings(Optional.empty(), OptionalLong.of(1000)));
        assertInstanceOf(BudgetGuard.Step.Notice.class, g.check(BigDecimal.ZERO, 800, "s").get(0));
        assertInstanceOf(BudgetGuard.Step.Pause.class, g.check(BigDecimal.ZERO, 1000, "s").get(0));
        g.raiseTokens(ANA, 5000, 1000);
        assertFalse(g.paused());
    }

    @Test
    void a_restarted_daemon_keeps_the_raises_and_pauses_a_session_still_over_again() {
        List<SessionEvent> history = List.of(new SessionEvent.BudgetRaised(ANA, "usd", "1.00", "1.50"));
        BudgetGuard g = usd("0.50");
        g.restore(history, new BigDecimal("1.30"), 0);
        assertEquals(List.of(), g.check(new BigDecimal("1.30"), 0, "s"), "87% of $1.50: the notice was given before");
        assertEquals(Optional.of(new BigDecimal("1.50")), g.usdLimit());
        BudgetGuard over = usd("0.50");
        over.restore(List.of(), new BigDecimal("0.60"), 0);
        assertInstanceOf(BudgetGuard.Step.Pause.class, over.check(new BigDecimal("0.60"), 0, "s").get(0));
    }
}
