package dev.baton.daemon.screen;

/** Renders a {@link Screen} as ANSI that redraws it on a fresh terminal of the same size. */
final class AnsiRepainter {
    private AnsiRepainter() {}

    static String repaint(Screen s) {
        StringBuilder out = new StringBuilder(s.cols * s.rows + 256);
        if (s.altActive()) {
            out.append("\u001b[?1049h");
        }
        out.append("\u001b[0m\u001b[r\u001b[?6l\u001b[?7h\u001b[4l\u001b(B\u001b)B\u000f\u001b[H\u001b[2J");
        Grid g = s.grid;
        int style = 0;
        for (int r = 0; r < s.rows; r++) {
            int[] cp = g.cps[r];
            int[] st = g.sty[r];
            int last = s.cols - 1;
            while (last >= 0 && (cp[last] == 0 || cp[last] == Grid.WIDE_TAIL) && st[last] == 0) {
                last--;
            }
            if (last < 0) {
                continue;
            }
            out.append("\u001b[").append(r + 1).append(";1H");
            for (int c = 0; c <= last; c++) {
                if (cp[c] == Grid.WIDE_TAIL) {
                    continue;
                }
                style = cell(out, s, cp[c], st[c], style, c);
            }
        }
        cursor(out, s, style);
        return out.toString();
    }

    private static int cell(StringBuilder out, Screen s, int cp, int id, int style, int col) {
        if (id != style) {
            Pen.appendSgr(out, s.styles.pen(id));
        }
        boolean fits = CharWidth.of(cp) < 2 || col + 1 < s.cols;
        if (cp == 0 || !fits) {
            out.append(' ');
        } else {
            out.appendCodePoint(cp);
        }
        return id;
    }

    private static void cursor(StringBuilder out, Screen s, int style) {
        if (s.top != 0 || s.bottom != s.rows - 1) {
            out.append("\u001b[").append(s.top + 1).append(';').append(s.bottom + 1).append('r');
        }
        int row = s.row;
        if (s.originMode) {
            out.append("\u001b[?6h");
            row -= s.top;
        }
        if (s.wrapPending) {
            int[] cp = s.grid.cps[s.row];
            int c = s.cols - 1;
            if (cp[c] == Grid.WIDE_TAIL && c > 0) {
                c--;
            }
            out.append("\u001b[").append(row + 1).append(';').append(c + 1).append('H');
            cell(out, s, cp[c], s.grid.sty[s.row][c], -1, c);
        } else {
            out.append("\u001b[").append(row + 1).append(';').append(s.col + 1).append('H');
        }
        if (!s.autowrap) {
            out.append("\u001b[?7l");
        }
        if (s.insertMode) {
            out.append("\u001b[4h");
        }
        Pen.appendSgr(out, s.pen);
        if (s.g0Graphics) {
            out.append("\u001b(0");
        }
        if (s.g1Graphics) {
            out.append("\u001b)0");
        }
        if (s.shiftOut) {
            out.append('\u000e');
        }
        if (!s.cursorVisible) {
            out.append("\u001b[?25l");
        }
    }
}
