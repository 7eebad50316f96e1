package dev.baton.daemon.tui;

import dev.baton.protocol.cli.SessionSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The selected session's detail: its open prompt (the question, the exact command or edit, the options and the
 * keys that answer it), the agent's last message, and as many of its latest events as fit.
 */
final class DetailPane {
    private DetailPane() {}

    static List<String> lines(SessionSummary s, Detail d, int width, int height) {
        List<String> out = new ArrayList<>();
        d.prompt().ifPresent(p -> {
            out.add("PROMPT [" + p.layer() + "] " + (p.tool().isEmpty() ? "" : p.tool() + ": ") + p.question());
            if (!p.detail().isEmpty()) {
                wrap(out, "  $ ", p.detail(), width, 3);
            }
            if (!p.options().isEmpty()) {
                wrap(out, "  ", String.join("   ", p.options()), width, 2);
            }
            out.add("  a approve once   A approve always   d deny");
        });
        if (d.prompt().isEmpty() && s.attention().startsWith("action")) {
            out.add("needs you: " + s.attention() + (d.historyLoaded() ? "" : "  (loading…)"));
        }
        if (!d.lastMessage().isBlank()) {
            wrap(out, "last message: ", d.lastMessage().strip(), width, 3);
        }
        out.add(s.state().glyph() + " " + s.state().wire() + "  " + s.agent() + " on " + s.branch()
                + (s.attachedBy().isEmpty() ? "" : "  attached: " + s.attachedBy()));
        int room = height - out.size();
        if (room > 0) {
            out.addAll(d.latest(room));
        }
        return out.size() > height ? out.subList(0, height) : out;
    }

    /** Adds {@code text} after {@code lead}, wrapped at {@code width}, in at most {@code max} lines. */
    private static void wrap(List<String> out, String lead, String text, int width, int max) {
        String flat = text.replace('\n', ' ');
        int room = Math.max(10, width - lead.length());
        String indent = " ".repeat(lead.length());
        for (int i = 0, line = 0; i < flat.length() && line < max; line++) {
            int end = Math.min(flat.length(), i + room);
            String piece = flat.substring(i, end);
            if (line == max - 1 && end < flat.length()) {
                piece = piece.substring(0, Math.max(0, piece.length() - 1)) + "…";
            }
            out.add((line == 0 ? lead : indent) + piece);
            i = end;
        }
    }
}
