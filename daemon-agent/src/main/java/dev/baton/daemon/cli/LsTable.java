package dev.baton.daemon.cli;

import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.cli.SessionUsage;
import dev.baton.protocol.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code agent ls}: NAME, AGENT, MODE (sandbox/permissions in force), STATUS (with a glyph), ATTENTION, ELAPSED,
 * TOKENS (input with cache / output), COST and BRANCH.
 */
final class LsTable {
    private static final String[] HEADER = {"NAME", "AGENT", "MODE", "STATUS", "ATTENTION", "ELAPSED", "TOKENS", "COST", "BRANCH"};

    private LsTable() {}

    static String render(CliReply.Listing response) {
        List<SessionSummary> sessions = response.sessions();
        if (sessions.isEmpty()) {
            return "no sessions (start one with: agent run --name NAME \"PROMPT\")\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (SessionSummary s : sessions) {
            SessionState state = s.state();
            rows.add(new String[] {s.name(), s.agent(), s.mode().isEmpty() ? "-" : s.mode(),
                    state.glyph() + " " + state.wire(), clip(s.attention().isEmpty() ? "-" : s.attention(), 40),
                    elapsed(s.elapsedMs()), tokens(s.usage()), cost(s.usage()),
                    s.branch() + (s.worktreeRemoved() ? " (removed)" : "")});
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

    /** {@code 12.3k/900}: all input (cache included) / output; {@code -} before the first request (or not known). */
    static String tokens(Optional<SessionUsage> usage) {
        if (usage.isEmpty() || usage.get().requests() == 0) {
            return "-";
        }
        return count(usage.get().allInput()) + "/" + count(usage.get().outputTokens());
    }

    /** {@code $0.18}; {@code ?} when a model has no price; {@code -} before the first request. */
    static String cost(Optional<SessionUsage> usage) {
        if (usage.isEmpty() || usage.get().requests() == 0) {
            return "-";
        }
        if (usage.get().costUsd().isEmpty()) {
            return "?";
        }
        double d = usage.get().costUsd().get();
        return d > 0 && d < 0.01 ? String.format(Locale.ROOT, "$%.4f", d) : String.format(Locale.ROOT, "$%.2f", d);
    }

    static String count(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", n / 1000.0);
        }
        return String.format(Locale.ROOT, "%.1fM", n / 1_000_000.0);
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
