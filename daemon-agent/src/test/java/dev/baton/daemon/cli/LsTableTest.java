package dev.baton.daemon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LsTableTest {
    private static Map<String, Object> session(String name, Map<String, Object> usage) {
        Map<String, Object> s = Json.object("name", name, "agent", "claude", "mode", "default", "state", "waiting",
                "attention", "", "elapsed_ms", 61_000L, "branch", "baton/" + name, "worktree_removed", false);
        if (usage != null) {
            s.put("usage", usage);
        }
        return s;
    }

    private static Map<String, Object> usage(long in, long out, long read, long write, Double cost) {
        return Json.object("input_tokens", in, "output_tokens", out, "cache_read_tokens", read, "cache_write_tokens", write,
                "cost_usd", cost, "model", "m", "requests", 3L);
    }

    @Test
    void tokens_show_all_input_with_cache_over_output_and_cost_in_dollars() {
        String table = LsTable.render(Fields.of(Json.object("sessions", List.of(
                session("priced", usage(300, 900, 10_000, 2_000, 0.1834)),
                session("unpriced", usage(10, 5, 0, 0, null)),
                session("fresh", null)))));
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).matches("NAME\\s+AGENT\\s+MODE\\s+STATUS\\s+ATTENTION\\s+ELAPSED\\s+TOKENS\\s+COST\\s+BRANCH"), table);
        assertTrue(lines.get(1).contains("12.3k/900") && lines.get(1).contains("$0.18"), table);
        assertTrue(lines.get(2).contains("10/5") && lines.get(2).matches(".*\\s\\?\\s.*"), "an unknown price is ?: " + table);
        assertTrue(lines.get(3).matches("fresh.*-\\s+-\\s+baton/fresh"), "no request yet: " + table);
    }

    @Test
    void small_costs_keep_four_decimals_and_large_counts_use_m() {
        Fields u = Fields.of(usage(1_500_000, 2_000, 0, 0, 0.0036));
        assertEquals("$0.0036", LsTable.cost(u));
        assertEquals("1.5M/2.0k", LsTable.tokens(u));
    }
}
