package dev.baton.daemon.tui;

import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.id.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draws one frame as exactly {@code height} lines of at most {@code width} columns: a title, the rows (the selected
 * one in reverse video), the detail pane, and a footer with the keys (or the line being typed). Pure: the same state
 * gives the same lines, so it is tested without a terminal.
 */
final class Renderer {
    /** The keys, in 80 columns; {@code ?} has the long form. */
    static final String FOOTER = "↑↓ ⏎attach a approve A always d deny i type s screen r recap e events K / ? q";
    static final String[] HEADER = {"NAME", "AGENT", "MODE", "STATUS", "ATTENTION", "ELAPSED", "TOKENS", "COST", "BRANCH"};
    private static final int[] CAP = {18, 8, 8, 10, 0, 7, 9, 7, 24};
    private static final AttributedStyle BOLD = AttributedStyle.BOLD;
    private static final AttributedStyle SELECTED = AttributedStyle.INVERSE;
    private static final AttributedStyle ACTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
    private static final AttributedStyle NOTICE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

    private Renderer() {}

    /** {@code sinceListedMs}: how long ago the rows were listed, added to live sessions' elapsed time. */
    static List<AttributedString> frame(Board board, Map<SessionId, Detail> details, Mode mode, String status,
                                        int width, int height, long sinceListedMs) {
        List<AttributedString> out = new ArrayList<>();
        String title = "Baton: " + board.total() + " session" + (board.total() == 1 ? "" : "s")
                + (board.needingYou() > 0 ? ", " + board.needingYou() + " need you" : "")
                + (board.filter().isEmpty() ? "" : "  [filter: " + board.filter() + "]");
        out.add(line(title + (status.isEmpty() ? "" : "  | " + status), width, BOLD));
        int body = Math.max(1, height - 2);
        switch (mode) {
            case Mode.Overlay o -> {
                out.add(line("-- " + o.title() + " (q or Esc closes, ↑↓ scroll) " + "-".repeat(width), width, BOLD));
                for (int i = 0; i < body - 1; i++) {
                    int n = o.top() + i;
                    out.add(line(n < o.lines().size() ? o.lines().get(n) : "", width, AttributedStyle.DEFAULT));
                }
            }
            case Mode.Rows r -> rowsAndDetail(out, board, details, width, body, sinceListedMs);
            case Mode.Typing t -> rowsAndDetail(out, board, details, width, body, sinceListedMs);
            case Mode.ConfirmKill k -> rowsAndDetail(out, board, details, width, body, sinceListedMs);
        }
        out.add(footer(mode, width));
        while (out.size() > height) {
            out.remove(out.size() - 2);
        }
        return out;
    }

    private static void rowsAndDetail(List<AttributedString> out, Board board, Map<SessionId, Detail> details,
                                      int width, int body, long sinceListedMs) {
        int listHeight = Math.max(2, Math.min(board.rows().size() + 1, (body * 11) / 20));
        List<String[]> cells = new ArrayList<>();
        for (Row r : board.rows()) {
            cells.add(cells(r, sinceListedMs));
        }
        int[] w = widths(cells, width);
        out.add(line(join(HEADER, w), width, BOLD));
        int visible = listHeight - 1;
        int sel = board.selectedIndex();
        int top = Math.max(0, Math.min(sel - visible + 1, board.rows().size() - visible));
        top = Math.max(0, Math.min(top, sel < 0 ? 0 : sel));
        for (int i = 0; i < visible; i++) {
            int n = top + i;
            if (n >= cells.size()) {
                out.add(line(n == 0 ? "no sessions (start one with: agent run --name NAME \"PROMPT\")" : "", width,
                        AttributedStyle.DEFAULT));
                continue;
            }
            Row row = board.rows().get(n);
            AttributedStyle style = n == sel ? SELECTED : row.rank() == 0 ? ACTION : row.rank() == 1 ? NOTICE
                    : AttributedStyle.DEFAULT;
            out.add(line(join(cells.get(n), w), width, style));
        }
        Optional<Row> selected = board.selected();
        String name = selected.map(Row::name).orElse("");
        out.add(line("-- " + name + " " + "-".repeat(width), width, AttributedStyle.DEFAULT));
        int paneHeight = body - listHeight - 1;
        List<String> pane = selected.map(r -> DetailPane.lines(r.session(),
                details.getOrDefault(r.id(), new Detail()), width, paneHeight)).orElse(List.of());
        for (int i = 0; i < paneHeight; i++) {
            String text = i < pane.size() ? pane.get(i) : "";
            out.add(line(text, width, text.startsWith("PROMPT") ? ACTION : AttributedStyle.DEFAULT));
        }
    }

    private static AttributedString footer(Mode mode, int width) {
        String text = switch (mode) {
            case Mode.Typing t when t.purpose() == Mode.Purpose.TURN -> "type to " + t.session() + "> " + t.text() + "█";
            case Mode.Typing t -> "filter> " + t.text() + "█   (⏎ keeps it, Esc clears it)";
            case Mode.ConfirmKill k -> "kill " + k.session() + "? y to kill, any other key keeps it";
            case Mode.Overlay o -> "↑↓/jk scroll  q/Esc close";
            case Mode.Rows r -> FOOTER;
        };
        return line(text, width, AttributedStyle.DEFAULT.faint());
    }

    static String[] cells(Row r, long sinceListedMs) {
        SessionSummary s = r.session();
        long elapsed = s.elapsedMs() + (s.state().isTerminal() ? 0 : sinceListedMs);
        return new String[] {s.name(), s.agent(), s.mode().isEmpty() ? "-" : s.mode(),
                s.state().glyph() + " " + s.state().wire(), s.attention().isEmpty() ? "-" : s.attention(),
                Elapsed.of(elapsed), r.tokens(), r.cost(), s.branch() + (s.worktreeRemoved() ? " (removed)" : "")};
    }

    /** Column widths: each as wide as its cells up to a cap; ATTENTION takes what is left, BRANCH what remains. */
    static int[] widths(List<String[]> rows, int width) {
        int[] w = new int[HEADER.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = HEADER[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].codePointCount(0, r[i].length()));
            }
            if (CAP[i] > 0) {
                w[i] = Math.min(w[i], CAP[i]);
            }
        }
        int fixed = HEADER.length - 1; // one space between columns
        for (int i = 0; i < w.length; i++) {
            fixed += i == 4 || i == 8 ? 0 : w[i];
        }
        int left = Math.max(0, width - fixed);
        int attention = Math.min(w[4], Math.max(Math.min(16, left), left - Math.min(w[8], 10)));
        w[4] = Math.max(0, attention);
        w[8] = Math.max(0, left - w[4]);
        return w;
    }

    static String join(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (w[i] == 0) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(pad(clip(cells[i], w[i]), w[i]));
        }
        return b.toString().stripTrailing();
    }

    static String clip(String s, int max) {
        int n = s.codePointCount(0, s.length());
        if (n <= max) {
            return s;
        }
        return max <= 1 ? s.substring(0, s.offsetByCodePoints(0, max))
                : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.codePointCount(0, s.length())));
    }

    private static AttributedString line(String text, int width, AttributedStyle style) {
        return new AttributedStringBuilder().style(style).append(clip(text.replace('\t', ' '), width)).toAttributedString();
    }
}
