package dev.baton.daemon.screen;

/**
 * Editing operations on a {@link Screen}: erase (ED/EL/ECH), insert/delete of characters and
 * lines, buffer switching, resets and resize.
 */
final class ScreenEditing {
    private final Screen s;

    ScreenEditing(Screen screen) {
        this.s = screen;
    }

    /** ED: 0 below, 1 above, 2 all, 3 scrollback. */
    void eraseInDisplay(int mode) {
        Grid g = s.grid;
        switch (mode) {
            case 0 -> {
                g.erase(s.row, s.col, s.cols, s.eraseId);
                g.eraseRows(s.row + 1, s.rows, s.eraseId);
            }
            case 1 -> {
                g.eraseRows(0, s.row, s.eraseId);
                g.erase(s.row, 0, s.col + 1, s.eraseId);
            }
            case 2 -> g.eraseRows(0, s.rows, s.eraseId);
            case 3 -> s.scrollback.clear();
            default -> { }
        }
        s.wrapPending = false;
    }

    /** EL: 0 right of cursor, 1 left of cursor, 2 whole line. */
    void eraseInLine(int mode) {
        switch (mode) {
            case 0 -> s.grid.erase(s.row, s.col, s.cols, s.eraseId);
            case 1 -> s.grid.erase(s.row, 0, s.col + 1, s.eraseId);
            case 2 -> s.grid.erase(s.row, 0, s.cols, s.eraseId);
            default -> { }
        }
        s.wrapPending = false;
    }

    void eraseChars(int n) {
        s.grid.erase(s.row, s.col, Math.min(s.cols, s.col + n), s.eraseId);
        s.wrapPending = false;
    }

    void insertChars(int n) {
        s.grid.insertCells(s.row, s.col, n, s.eraseId);
        s.wrapPending = false;
    }

    void deleteChars(int n) {
        s.grid.deleteCells(s.row, s.col, n, s.eraseId);
        s.wrapPending = false;
    }

    void insertLines(int n) {
        if (s.row >= s.top && s.row <= s.bottom) {
            s.grid.scrollDown(s.row, s.bottom, n, s.eraseId);
            s.col = 0;
            s.wrapPending = false;
        }
    }

    void deleteLines(int n) {
        if (s.row >= s.top && s.row <= s.bottom) {
            s.grid.scrollUp(s.row, s.bottom, n, s.eraseId, null);
            s.col = 0;
            s.wrapPending = false;
        }
    }

    /** REP: repeats the last printed character. */
    void repeat(int n) {
        int count = Math.min(n, s.cols * s.rows);
        for (int k = 0; k < count; k++) {
            s.print(s.lastChar);
        }
    }

    /** Modes 47/1047 (clear on leave for 1047) and 1049 (save cursor, clear on enter). */
    void alternateScreen(int mode, boolean enable) {
        if (enable == s.altActive()) {
            return;
        }
        if (enable) {
            if (mode == 1049) {
                s.saveCursor();
            }
            if (s.alt == null) {
                s.alt = new Grid(s.cols, s.rows);
            }
            s.grid = s.alt;
            if (mode == 1049) {
                s.alt.eraseRows(0, s.rows, s.eraseId);
            }
        } else {
            if (mode == 1047) {
                s.alt.eraseRows(0, s.rows, s.eraseId);
            }
            s.grid = s.main;
            if (mode == 1049) {
                s.restoreCursor();
            }
        }
        s.wrapPending = false;
    }

    /** DECSTR soft reset: modes, pen, margins and charsets; the screen is kept. */
    void softReset() {
        s.autowrap = true;
        s.originMode = false;
        s.insertMode = false;
        s.cursorVisible = true;
        s.g0Graphics = false;
        s.g1Graphics = false;
        s.shiftOut = false;
        s.top = 0;
        s.bottom = s.rows - 1;
        s.setPen(0);
        s.savedMain = null;
        s.savedAlt = null;
        s.wrapPending = false;
    }

    /** RIS: everything except the scrollback. */
    void fullReset() {
        softReset();
        s.grid = s.main;
        s.alt = null;
        s.main.eraseRows(0, s.rows, 0);
        s.tabs.reset();
        s.row = 0;
        s.col = 0;
        s.lastChar = ' ';
    }

    /** DECALN: fills the screen with 'E'. */
    void alignmentTest() {
        s.top = 0;
        s.bottom = s.rows - 1;
        for (int r = 0; r < s.rows; r++) {
            java.util.Arrays.fill(s.grid.cps[r], 'E');
            java.util.Arrays.fill(s.grid.sty[r], 0);
        }
        s.moveTo(0, 0);
    }

    /** See {@link ScreenModel#resize}: top-left anchored unless the cursor would fall off. */
    void resize(int cols, int rows) {
        if (cols == s.cols && rows == s.rows) {
            return;
        }
        int drop = rows < s.rows && s.row >= rows ? s.row - rows + 1 : 0;
        s.main.resize(cols, rows, drop, s.altActive() ? null : s.scrollback);
        if (s.alt != null) {
            s.alt.resize(cols, rows, drop, null);
        }
        s.tabs.resize(cols);
        s.cols = cols;
        s.rows = rows;
        s.top = 0;
        s.bottom = rows - 1;
        s.row = Math.max(0, Math.min(rows - 1, s.row - drop));
        s.col = Math.min(cols - 1, s.col);
        s.wrapPending = false;
    }
}
