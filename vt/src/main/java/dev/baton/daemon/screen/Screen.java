package dev.baton.daemon.screen;

/**
 * The VT screen state: main and alternate grids, cursor with xterm's deferred (pending) wrap,
 * scroll margins, modes, the SGR pen and charsets. Printing and cursor motion live here;
 * erase/insert/delete and buffer switching are in {@link ScreenEditing}.
 */
final class Screen {
    final Scrollback scrollback = new Scrollback();
    final StyleTable styles = new StyleTable();
    final TabStops tabs;
    Grid main;
    Grid alt;
    Grid grid;
    int cols;
    int rows;
    int row;
    int col;
    boolean wrapPending;
    long pen;
    int penId;
    int eraseId;
    int top;
    int bottom;
    boolean autowrap = true;
    boolean originMode;
    boolean insertMode;
    boolean cursorVisible = true;
    boolean g0Graphics;
    boolean g1Graphics;
    boolean shiftOut;
    int lastChar = ' ';
    SavedCursor savedMain;
    SavedCursor savedAlt;

    Screen(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        main = new Grid(cols, rows);
        grid = main;
        tabs = new TabStops(cols);
        bottom = rows - 1;
    }

    boolean altActive() {
        return grid == alt;
    }

    private boolean graphics() {
        return shiftOut ? g1Graphics : g0Graphics;
    }

    /** Prints a run of printable ASCII bytes (0x20..0x7E); the hot path for plain output. */
    void printAscii(byte[] b, int from, int to) {
        if (insertMode || !autowrap || graphics()) {
            for (int i = from; i < to; i++) {
                print(b[i]);
            }
            return;
        }
        final int pid = penId;
        int i = from;
        while (i < to) {
            if (wrapPending) {
                wrapToNextLine();
            }
            int c = col;
            int n = Math.min(to - i, cols - c);
            int[] cp = grid.cps[row];
            int[] st = grid.sty[row];
            int e = c + n;
            if (c > 0 && cp[c] == Grid.WIDE_TAIL) {
                cp[c - 1] = 0;
            }
            if (e < cols && cp[e] == Grid.WIDE_TAIL) {
                cp[e] = 0;
            }
            for (int k = 0; k < n; k++) {
                cp[c + k] = b[i + k];
                st[c + k] = pid;
            }
            i += n;
            if (e >= cols) {
                col = cols - 1;
                wrapPending = true;
            } else {
                col = e;
            }
        }
        lastChar = b[to - 1];
    }

    /** Prints one code point, handling charsets, width, insert mode and wrapping. */
    void print(int cp) {
        if (cp < 0x80 && graphics()) {
            cp = DecGraphics.map(cp);
        }
        int w = CharWidth.of(cp);
        if (w == 0 || w > cols) {
            return;
        }
        if (wrapPending && autowrap) {
            wrapToNextLine();
        }
        if (w == 2 && col == cols - 1) {
            if (autowrap) {
                grid.erase(row, col, cols, eraseId);
                wrapToNextLine();
            } else {
                col = cols - 2;
            }
        }
        if (insertMode) {
            grid.insertCells(row, col, w, eraseId);
        }
        grid.splitWideAt(row, col);
        grid.splitWideAt(row, col + w);
        int[] c = grid.cps[row];
        int[] s = grid.sty[row];
        c[col] = cp;
        s[col] = penId;
        if (w == 2) {
            c[col + 1] = Grid.WIDE_TAIL;
            s[col + 1] = penId;
        }
        int e = col + w;
        if (e >= cols) {
            col = cols - 1;
            wrapPending = autowrap;
        } else {
            col = e;
            wrapPending = false;
        }
        lastChar = cp;
    }

    private void wrapToNextLine() {
        wrapPending = false;
        col = 0;
        index();
    }

    /** IND / LF: down one row, scrolling the region when on its bottom margin. */
    void index() {
        wrapPending = false;
        if (row == bottom) {
            scrollUp(1);
        } else if (row < rows - 1) {
            row++;
        }
    }

    /** RI: up one row, scrolling the region down when on its top margin. */
    void reverseIndex() {
        wrapPending = false;
        if (row == top) {
            scrollDown(1);
        } else if (row > 0) {
            row--;
        }
    }

    void scrollUp(int n) {
        boolean history = grid == main && top == 0 && bottom == rows - 1;
        grid.scrollUp(top, bottom, n, eraseId, history ? scrollback : null);
    }

    void scrollDown(int n) {
        grid.scrollDown(top, bottom, n, eraseId);
    }

    void carriageReturn() {
        col = 0;
        wrapPending = false;
    }

    void backspace() {
        if (wrapPending) {
            wrapPending = false;
        }
        if (col > 0) {
            col--;
        }
    }

    /** HT/CHT; at the last column nothing changes, so a pending wrap survives (as in xterm/tmux). */
    void tab(int n) {
        if (col >= cols - 1) {
            return;
        }
        for (int k = 0; k < n && col < cols - 1; k++) {
            col = tabs.next(col);
        }
        wrapPending = false;
    }

    void backTab(int n) {
        for (int k = 0; k < n && col > 0; k++) {
            col = tabs.previous(col);
        }
        wrapPending = false;
    }

    /** Absolute move; {@code r} is relative to the top margin in origin mode. */
    void moveTo(int r, int c) {
        if (originMode) {
            row = Math.max(top, Math.min(bottom, top + r));
        } else {
            row = Math.max(0, Math.min(rows - 1, r));
        }
        col = Math.max(0, Math.min(cols - 1, c));
        wrapPending = false;
    }

    void moveToColumn(int c) {
        col = Math.max(0, Math.min(cols - 1, c));
        wrapPending = false;
    }

    /** Vertical move by delta, stopping at the margins when starting inside them. */
    void moveRows(int delta) {
        int min = row >= top ? top : 0;
        int max = row <= bottom ? bottom : rows - 1;
        row = Math.max(min, Math.min(max, row + delta));
        wrapPending = false;
    }

    void setPen(long newPen) {
        if (newPen == pen) {
            return;
        }
        if (styles.full()) {
            int[] remap = styles.compact(new Grid[] {main, alt}, penId, eraseId);
            penId = remap[penId];
            eraseId = remap[eraseId];
        }
        pen = newPen;
        penId = styles.intern(newPen);
        eraseId = styles.intern(Pen.eraseOf(newPen));
    }

    void setMargins(int t, int b) {
        if (t < b && b < rows) {
            top = t;
            bottom = b;
            moveTo(0, 0);
        }
    }

    void saveCursor() {
        SavedCursor s = new SavedCursor(row, col, wrapPending, pen, originMode, g0Graphics, g1Graphics, shiftOut);
        if (altActive()) {
            savedAlt = s;
        } else {
            savedMain = s;
        }
    }

    void restoreCursor() {
        SavedCursor s = altActive() ? savedAlt : savedMain;
        if (s == null) {
            s = new SavedCursor(0, 0, false, 0, false, false, false, false);
        }
        originMode = s.originMode();
        g0Graphics = s.g0Graphics();
        g1Graphics = s.g1Graphics();
        shiftOut = s.shiftOut();
        setPen(s.pen());
        row = Math.min(s.row(), rows - 1);
        col = Math.min(s.col(), cols - 1);
        wrapPending = s.wrapPending() && col == cols - 1 && autowrap;
    }
}
