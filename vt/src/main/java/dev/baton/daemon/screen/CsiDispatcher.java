package dev.baton.daemon.screen;

/** Executes complete CSI sequences against the {@link Screen}. */
final class CsiDispatcher {
    private final Screen s;
    private final ScreenEditing edit;
    private final QueryResponder queries;
    private int[] p;
    private int n;

    CsiDispatcher(Screen screen, ScreenEditing edit, QueryResponder queries) {
        this.s = screen;
        this.edit = edit;
        this.queries = queries;
    }

    /**
     * @param marker private marker ({@code ? > = <}) or 0
     * @param inter  last intermediate byte or 0
     * @param params parameters, -1 where omitted
     * @param colon  bit i set when parameter i is a colon sub-parameter
     */
    void dispatch(int marker, int inter, int[] params, long colon, int count, int fin) {
        p = params;
        n = count;
        if (marker == 0 && inter == 0) {
            standard(colon, fin);
        } else if (marker == '?') {
            decPrivate(inter, fin);
        } else if (marker == '>' && inter == 0 && fin == 'c' && param(0, 0) == 0) {
            queries.secondaryAttributes();
        } else if (marker == 0 && inter == '!' && fin == 'p') {
            edit.softReset();
        } else if (marker == 0 && inter == '$' && fin == 'p') {
            int mode = param(0, 0);
            queries.modeReport(mode, mode == 4 ? (s.insertMode ? 1 : 2) : 0, false);
        }
        // Everything else (DECSCUSR, XTVERSION, kitty keyboard, modifyOtherKeys, ...) is ignored.
    }

    private int param(int i, int def) {
        int v = i < n ? p[i] : -1;
        return v < 0 ? def : v;
    }

    private int count(int i) {
        int v = i < n ? p[i] : -1;
        return v <= 0 ? 1 : v;
    }

    private void standard(long colon, int fin) {
        switch (fin) {
            case '@' -> edit.insertChars(count(0));
            case 'A' -> s.moveRows(-count(0));
            case 'B', 'e' -> s.moveRows(count(0));
            case 'C', 'a' -> s.moveToColumn(s.col + count(0));
            case 'D' -> s.moveToColumn(s.col - count(0));
            case 'E' -> {
                s.moveRows(count(0));
                s.carriageReturn();
            }
            case 'F' -> {
                s.moveRows(-count(0));
                s.carriageReturn();
            }
            case 'G', '`' -> s.moveToColumn(count(0) - 1);
            case 'H', 'f' -> s.moveTo(count(0) - 1, count(1) - 1);
            case 'I' -> s.tab(count(0));
            case 'J' -> edit.eraseInDisplay(param(0, 0));
            case 'K' -> edit.eraseInLine(param(0, 0));
            case 'L' -> edit.insertLines(count(0));
            case 'M' -> edit.deleteLines(count(0));
            case 'P' -> edit.deleteChars(count(0));
            case 'S' -> s.scrollUp(count(0));
            case 'T' -> {
                if (n <= 1) {
                    s.scrollDown(count(0));
                }
            }
            case 'X' -> edit.eraseChars(count(0));
            case 'Z' -> s.backTab(count(0));
            case 'b' -> edit.repeat(count(0));
            case 'c' -> {
                if (param(0, 0) == 0) {
                    queries.primaryAttributes();
                }
            }
            case 'd' -> s.moveTo(count(0) - 1, s.col);
            case 'g' -> clearTabs(param(0, 0));
            case 'h', 'l' -> ansiModes(fin == 'h');
            case 'm' -> s.setPen(Sgr.apply(s.pen, p, colon, n));
            case 'n' -> status(false);
            case 'r' -> s.setMargins(count(0) - 1, (n > 1 && p[1] > 0 ? p[1] : s.rows) - 1);
            case 's' -> {
                if (n == 0) {
                    s.saveCursor();
                }
            }
            case 'u' -> {
                if (n == 0) {
                    s.restoreCursor();
                }
            }
            default -> { } // 't' window ops, 'q' LEDs, ...
        }
    }

    private void status(boolean decPrivate) {
        int what = param(0, 0);
        if (what == 5 && !decPrivate) {
            queries.statusOk();
        } else if (what == 6) {
            queries.cursorPosition(s, decPrivate);
        }
    }

    private void clearTabs(int mode) {
        if (mode == 0) {
            s.tabs.clear(s.col);
        } else if (mode == 3) {
            s.tabs.clearAll();
        }
    }

    private void ansiModes(boolean set) {
        for (int i = 0; i < n; i++) {
            if (p[i] == 4) {
                s.insertMode = set;
            }
        }
    }

    private void decPrivate(int inter, int fin) {
        if (inter == '$' && fin == 'p') {
            int mode = param(0, 0);
            queries.modeReport(mode, DecModes.state(s, mode), true);
            return;
        }
        if (inter != 0) {
            return;
        }
        switch (fin) {
            case 'h', 'l' -> {
                for (int i = 0; i < n; i++) {
                    DecModes.set(s, edit, p[i], fin == 'h');
                }
            }
            case 'J' -> edit.eraseInDisplay(param(0, 0));
            case 'K' -> edit.eraseInLine(param(0, 0));
            case 'n' -> status(true);
            default -> { } // 'u' kitty keyboard query, 's'/'r' XTSAVE/XTRESTORE
        }
    }
}
