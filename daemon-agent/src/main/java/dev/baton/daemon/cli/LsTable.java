package dev.baton.daemon.cli;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code agent ls}: NAME, AGENT, MODE (sandbox/permissions in force), STATUS (with a glyph), ATTENTION, ELAPSED,
 * TOKENS (input with cache / output), COST and BRANCH.
 */
final class LsTable {
    private static final String[] HEADER = {"NAME", "AGENT", "MODE", "STATUS", "ATTENTION", "ELAPSED", "TOKENS", "COST", "BRANCH"};

    private LsTable() {}

    @SuppressWarnings("unchecked")
    static String render(Fields response) {
        List<Object> sessions = (List<Object>) response.map().get("sessions");
        if (sessions == null || sessions.isEmpty()) {
            return "no sessions (start one with: agent run --name NAME \"PROMPT\")\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Object o : sessions) {
            Fields s = Fields.of((Map<String, Object>) o);
            SessionState state = SessionState.fromWire(s.string("state"));
            String attention = s.optString("attention").filter(x -> !x.isEmpty()).orElse("-");
            rows.add(new String[] {s.string("name"), s.string("agent"),
                    s.optString("mode").filter(x -> !x.isEmpty()).orElse("-"), state.glyph() + " " + state.wire(),
                    clip(attention, 40), elapsed(s.number("elapsed_ms")), tokens(usage(s)), cost(usage(s)),
                    s.string("branch") + (s.flag("worktree_removed") ? " (removed)" : "")});
        }
        int[] width = new int[HEADER.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                out.append(r[i]);
                if (i < r.length - 1) {
                    out.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Fields usage(Fields session) {
        return session.map().get("usage") instanceof Map<?, ?> u ? Fields.of((Map<String, Object>) u) : Fields.of(Map.of());
    }

    /** {@code 12.3k/900}: all input (cache included) / output; {@code -} before the first request. */
    static String tokens(Fields u) {
        if (u.optNumber("requests").orElse(0L) == 0 && u.optNumber("output_tokens").orElse(0L) == 0) {
            return "-";
        }
        long in = u.number("input_tokens") + u.number("cache_read_tokens") + u.number("cache_write_tokens");
        return count(in) + "/" + count(u.number("output_tokens"));
    }

    /** {@code $0.18}; {@code ?} when a model has no price; {@code -} before the first request. */
    static String cost(Fields u) {
        if (u.optNumber("requests").orElse(0L) == 0) {
            return "-";
        }
        Object c = u.map().get("cost_usd");
        if (!(c instanceof Number n)) {
            return "?";
        }
        double d = n.doubleValue();
        return d > 0 && d < 0.01 ? String.format(java.util.Locale.ROOT, "$%.4f", d) : String.format(java.util.Locale.ROOT, "$%.2f", d);
    }

    static String count(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1fk", n / 1000.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1fM", n / 1_000_000.0);
    }

    static String elapsed(long millis) {
        long s = millis / 1000;
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format("%02ds", s % 60);
        }
        if (s < 86_400) {
            return (s / 3600) + "h" + String.format("%02dm", (s % 3600) / 60);
        }
        return (s / 86_400) + "d" + ((s % 86_400) / 3600) + "h";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
