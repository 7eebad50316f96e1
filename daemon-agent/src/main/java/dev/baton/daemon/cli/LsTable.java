package dev.baton.daemon.cli;

import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** {@code agent ls}: NAME, AGENT, MODE (sandbox/permissions in force), STATUS (with a glyph), ATTENTION, ELAPSED and BRANCH. */
final class LsTable {
    private static final String[] HEADER = {"NAME", "AGENT", "MODE", "STATUS", "ATTENTION", "ELAPSED", "BRANCH"};

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
                    elapsed(s.elapsedMs()), s.branch() + (s.worktreeRemoved() ? " (removed)" : "")});
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
