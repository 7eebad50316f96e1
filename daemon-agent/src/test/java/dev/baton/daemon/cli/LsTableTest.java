package dev.baton.daemon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.cli.SessionUsage;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LsTableTest {
    private static SessionSummary session(String name, Optional<SessionUsage> usage) {
        return new SessionSummary(SessionId.random(), name, "claude", SessionState.WAITING, "", "/r", "main",
                "baton/" + name, "/w", false, "cli:ana", 1, Optional.empty(), "2026-12-02T10:00:00Z", Optional.empty(),
                61_000, "/l.log", "", "", "default", usage);
    }

    private static Optional<SessionUsage> usage(long in, long out, long read, long write, Optional<Double> cost) {
        return Optional.of(new SessionUsage(in, out, read, write, cost, "m", 3, Optional.empty()));
    }

    @Test
    void tokens_show_all_input_with_cache_over_output_and_cost_in_dollars() {
        String table = LsTable.render(new CliReply.Listing("2026-12-02T10:01:01Z", List.of(
                session("priced", usage(300, 900, 10_000, 2_000, Optional.of(0.1834))),
                session("unpriced", usage(10, 5, 0, 0, Optional.empty())),
                session("fresh", Optional.of(SessionUsage.NONE)),
                session("older", Optional.empty()))));
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).matches("NAME\\s+AGENT\\s+MODE\\s+STATUS\\s+ATTENTION\\s+ELAPSED\\s+TOKENS\\s+COST\\s+BRANCH"), table);
        assertTrue(lines.get(1).contains("12.3k/900") && lines.get(1).contains("$0.18"), table);
        assertTrue(lines.get(2).contains("10/5") && lines.get(2).matches(".*\\s\\?\\s.*"), "an unknown price is ?: " + table);
        assertTrue(lines.get(3).matches("fresh.*-\\s+-\\s+baton/fresh"), "no request yet: " + table);
        assertTrue(lines.get(4).matches("older.*-\\s+-\\s+baton/older"), "a daemon that does not tell: " + table);
    }

    @Test
    void small_costs_keep_four_decimals_and_large_counts_use_m() {
        Optional<SessionUsage> u = usage(1_500_000, 2_000, 0, 0, Optional.of(0.0036));
        assertEquals("$0.0036", LsTable.cost(u));
        assertEquals("1.5M/2.0k", LsTable.tokens(u));
    }
}
