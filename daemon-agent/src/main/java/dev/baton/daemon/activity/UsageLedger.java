package dev.baton.daemon.activity;

import dev.baton.config.PriceTable;
import dev.baton.protocol.event.SessionEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A session's token and dollar totals, each model request counted once: a request whose key was seen before (the
 * same message on another content-block line, or a line read again after a restart) adds nothing. Rebuilt from the
 * session's stored {@code usage} events, so a daemon restart neither loses nor double-counts. What {@link #count}
 * adds stays provisional until {@link #commit()}: if its events could not be recorded, {@link #rollback()} takes it
 * back, so the lines are counted when they are read again. Confined to its tracker's thread.
 */
final class UsageLedger {
    private final PriceTable prices;
    /** One request added since the last {@link #commit()}, kept to be taken back by {@link #rollback()}. */
    private record Counted(String key, String model, long in, long out, long read, long write, BigDecimal cost) {}

    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> unpriced = new TreeMap<>();
    private final List<Counted> uncommitted = new ArrayList<>();
    private long requests;
    private long input;
    private long output;
    private long cacheRead;
    private long cacheWrite;
    private BigDecimal cost = BigDecimal.ZERO;
    private String model = "";

    UsageLedger(PriceTable prices) {
        this.prices = prices;
    }

    /**
     * Takes in the usage events a session already has, at the cost each was priced at. One read while its model had
     * no price is priced now if the table has one (its cache writes at the five-minute rate: the event keeps no split).
     */
    void restore(List<SessionEvent> history) {
        for (SessionEvent e : history) {
            if (e instanceof SessionEvent.Usage u && seen.add(u.request())) {
                BigDecimal cost = u.costUsd().isPresent() ? BigDecimal.valueOf(u.costUsd().get())
                        : prices.price(u.model()).map(p -> p.cost(u.inputTokens(), u.outputTokens(), u.cacheReadTokens(),
                                u.cacheWriteTokens(), 0)).orElse(null);
                add(u.model(), u.inputTokens(), u.outputTokens(), u.cacheReadTokens(), u.cacheWriteTokens(), cost);
            }
        }
    }

    /** The {@code usage} event for a request not counted before, priced; empty for one already counted. */
    Optional<SessionEvent.Usage> count(ModelRequest r) {
        if (!seen.add(r.key())) {
            return Optional.empty();
        }
        BigDecimal price = prices.price(r.model()).map(p -> p.cost(r.uncachedInput(), r.output(), r.cacheRead(),
                r.cacheWrite() - r.cacheWrite1h(), r.cacheWrite1h())).orElse(null);
        add(r.model(), r.uncachedInput(), r.output(), r.cacheRead(), r.cacheWrite(), price);
        uncommitted.add(new Counted(r.key(), r.model(), r.uncachedInput(), r.output(), r.cacheRead(), r.cacheWrite(), price));
        return Optional.of(new SessionEvent.Usage(r.key(), r.model(), r.uncachedInput(), r.output(), r.cacheRead(),
                r.cacheWrite(), Optional.ofNullable(price).map(BigDecimal::doubleValue)));
    }

    /** The requests counted so far are recorded: they stay. */
    void commit() {
        uncommitted.clear();
    }

    /** The requests counted since the last {@link #commit()} were not recorded: take them back. */
    void rollback() {
        for (Counted c : uncommitted) {
            seen.remove(c.key());
            requests--;
            input -= c.in();
            output -= c.out();
            cacheRead -= c.read();
            cacheWrite -= c.write();
            if (c.cost() == null) {
                unpriced.computeIfPresent(c.model(), (m, n) -> n > 1 ? n - 1 : null);
            } else {
                cost = cost.subtract(c.cost());
            }
        }
        uncommitted.clear();
    }

    private void add(String m, long in, long out, long read, long write, BigDecimal price) {
        requests++;
        input += in;
        output += out;
        cacheRead += read;
        cacheWrite += write;
        if (price == null) {
            unpriced.merge(m, 1, Integer::sum);
        } else {
            cost = cost.add(price);
        }
        if (!m.isEmpty()) {
            model = m;
        }
    }

    /** The dollars of the priced requests: what a {@code session_usd} budget holds (a floor when some are unpriced). */
    BigDecimal pricedCost() {
        return cost;
    }

    UsageTotals totals() {
        String note = unpriced.isEmpty() ? "" : "no price for " + String.join(", ", unpriced.keySet())
                + " (add [prices.\"" + unpriced.keySet().iterator().next() + "\"] to the config)";
        return new UsageTotals(requests, input, output, cacheRead, cacheWrite,
                unpriced.isEmpty() ? Optional.of(cost) : Optional.empty(), model, note);
    }
}
