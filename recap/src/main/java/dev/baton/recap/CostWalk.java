package dev.baton.recap;

import dev.baton.protocol.event.SessionEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session's cost, as its events tell it: each {@code usage} event belongs to whoever sent the turn the agent is on
 * (the starter's until another's turn is delivered). Part of {@link RecapBuilder}'s walk; used once.
 */
final class CostWalk {
    private String payer = "";
    private final Map<String, String> turnSenders = new HashMap<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>(); // user -> tokens, unpriced
    private final Map<String, Double> dollars = new HashMap<>();

    void started(String owner) {
        payer = owner;
    }

    void queued(SessionEvent.TurnQueued t) {
        turnSenders.put(t.turnId(), t.sender().user());
    }

    void delivered(SessionEvent.TurnDelivered t) {
        payer = turnSenders.getOrDefault(t.turnId(), payer);
    }

    void used(SessionEvent.Usage u) {
        long[] c = counts.computeIfAbsent(payer, k -> new long[2]);
        c[0] += u.inputTokens() + u.outputTokens() + u.cacheReadTokens() + u.cacheWriteTokens();
        if (u.costUsd().isEmpty()) {
            c[1]++;
        }
        dollars.merge(payer, u.costUsd().orElse(0.0), Double::sum);
    }

    /** Empty when no usage was counted (activity off, or an agent without a transcript). */
    Optional<Recap.Cost> cost() {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<Recap.PersonCost> people = new ArrayList<>();
        counts.forEach((user, c) -> people.add(new Recap.PersonCost(user, c[0], dollars.get(user), c[1])));
        return Optional.of(new Recap.Cost(people.stream().mapToLong(Recap.PersonCost::tokens).sum(),
                people.stream().mapToDouble(Recap.PersonCost::usd).sum(),
                people.stream().mapToLong(Recap.PersonCost::unpriced).sum(), people));
    }
}
