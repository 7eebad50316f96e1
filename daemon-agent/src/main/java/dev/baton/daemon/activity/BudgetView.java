package dev.baton.daemon.activity;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/** A session's budget limits as they stand (config plus raises), and whether they hold the agent paused. */
public record BudgetView(Optional<BigDecimal> usd, OptionalLong tokens, boolean paused) {}
