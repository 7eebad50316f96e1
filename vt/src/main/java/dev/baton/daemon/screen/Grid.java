package dev.baton.daemon.screen;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A screen-sized cell buffer: per row, parallel {@code int[]} arrays of code points and
 * style ids. Code point 0 is a never-written blank; {@link #WIDE_TAIL} marks the second cell of
 * a double-width character. Scrolling rotates row arrays instead of copying cells.
 */
final class Grid {
    static final int WIDE_TAIL = -1;

    int cols;
    int rows;
    int[][] cps;
    int[][] sty;

    Grid(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        cps = new int[rows][cols];
        sty = new int[rows][cols];
    }

    /** Blanks a wide character cut by a boundary at {@code col} (between col-1 and col). */
    void splitWideAt(int row, int col) {
        int[] c = cps[row];
        if (col > 0 && col < cols && c[col] == WIDE_TAIL) {
            c[col - 1] = 0;
            c[col] = 0;
        }
    }

    /** Erases columns [from, to) of a row with the given style. */
    void erase(int row, int from, int to, int style) {
        if (from >= to) {
            return;
        }
        splitWideAt(row, from);
        splitWideAt(row, to);
        Arrays.fill(cps[row], from, to, 0);
        Arrays.fill(sty[row], from, to, style);
    }

    void eraseRows(int from, int to, int style) {
        for (int r = from; r < to; r++) {
            erase(r, 0, cols, style);
        }
    }

    /** Inserts n blanks at col, shifting the rest of the row right (ICH). */
    void insertCells(int row, int col, int n, int style) {
        n = Math.min(n, cols - col);
        splitWideAt(row, col);
        int[] c = cps[row];
        int[] s = sty[row];
        System.arraycopy(c, col, c, col + n, cols - col - n);
        System.arraycopy(s, col, s, col + n, cols - col - n);
        Arrays.fill(c, col, col + n, 0);
        Arrays.fill(s, col, col + n, style);
        if (c[cols - 1] != WIDE_TAIL && c[cols - 1] != 0 && CharWidth.of(c[cols - 1]) == 2) {
            c[cols - 1] = 0;
        }
    }

    /** Deletes n cells at col, shifting the rest left and blanking the right end (DCH). */
    void deleteCells(int row, int col, int n, int style) {
        n = Math.min(n, cols - col);
        splitWideAt(row, col);
        splitWideAt(row, col + n);
        int[] c = cps[row];
        int[] s = sty[row];
        System.arraycopy(c, col + n, c, col, cols - col - n);
        System.arraycopy(s, col + n, s, col, cols - col - n);
        Arrays.fill(c, cols - n, cols, 0);
        Arrays.fill(s, cols - n, cols, style);
    }

    /** Scrolls rows [top, bottom] up by n; rows leaving the top go to {@code history} if non-null. */
    void scrollUp(int top, int bottom, int n, int style, Scrollback history) {
        n = Math.min(n, bottom - top + 1);
        for (int k = 0; k < n; k++) {
            if (history != null) {
                history.add(text(top));
            }
            int[] c = cps[top];
            int[] s = sty[top];
            System.arraycopy(cps, top + 1, cps, top, bottom - top);
            System.arraycopy(sty, top + 1, sty, top, bottom - top);
            cps[bottom] = c;
            sty[bottom] = s;
            Arrays.fill(c, 0);
            Arrays.fill(s, style);
        }
    }

    /** Scrolls rows [top, bottom] down by n, blanking rows at the top. */
    void scrollDown(int top, int bottom, int n, int style) {
        n = Math.min(n, bottom - top + 1);
        for (int k = 0; k < n; k++) {
            int[] c = cps[bottom];
            int[] s = sty[bottom];
            System.arraycopy(cps, top, cps, top + 1, bottom - top);
            System.arraycopy(sty, top, sty, top + 1, bottom - top);
            cps[top] = c;
            sty[top] = s;
            Arrays.fill(c, 0);
            Arrays.fill(s, style);
        }
    }

    /** The row as text: wide characters once, blanks as spaces, trailing spaces trimmed. */
    String text(int row) {
        int[] c = cps[row];
        int end = cols;
        while (end > 0 && (c[end - 1] == 0 || c[end - 1] == ' ' || c[end - 1] == WIDE_TAIL)) {
            end--;
        }
        boolean ascii = true;
        for (int i = 0; i < end; i++) {
            if (c[i] >= 0x80 || c[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            byte[] bytes = new byte[end];
            for (int i = 0; i < end; i++) {
                bytes[i] = c[i] == 0 ? (byte) ' ' : (byte) c[i];
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(end + 8);
        for (int i = 0; i < end; i++) {
            int cp = c[i];
            if (cp == 0) {
                sb.append(' ');
            } else if (cp != WIDE_TAIL) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /**
     * Resizes without reflow: row {@code drop} becomes row 0 (the dropped rows go to
     * {@code history} when non-null), columns are truncated or padded on the right.
     */
    void resize(int newCols, int newRows, int drop, Scrollback history) {
        int[][] nc = new int[newRows][];
        int[][] ns = new int[newRows][];
        for (int r = 0; r < drop && history != null; r++) {
            history.add(text(r));
        }
        for (int r = 0; r < newRows; r++) {
            int src = r + drop;
            if (src < rows) {
                nc[r] = Arrays.copyOf(cps[src], newCols);
                ns[r] = Arrays.copyOf(sty[src], newCols);
                if (newCols < cols && cps[src][newCols] == WIDE_TAIL) {
                    nc[r][newCols - 1] = 0;
                }
            } else {
                nc[r] = new int[newCols];
                ns[r] = new int[newCols];
            }
        }
        cps = nc;
        sty = ns;
        cols = newCols;
        rows = newRows;
    }

    void markStyles(boolean[] used) {
        for (int[] row : sty) {
            for (int id : row) {
                used[id] = true;
            }
        }
    }

    void remapStyles(int[] remap) {
        for (int[] row : sty) {
            for (int i = 0; i < row.length; i++) {
                row[i] = remap[row[i]];
            }
        }
    }
}
