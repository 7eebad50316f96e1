package dev.baton.daemon.screen;

import java.util.Arrays;

/** Horizontal tab stops; every 8 columns by default, editable with HTS and TBC. */
final class TabStops {
    private boolean[] stops;

    TabStops(int cols) {
        stops = new boolean[cols];
        reset();
    }

    void reset() {
        for (int c = 0; c < stops.length; c++) {
            stops[c] = c % 8 == 0;
        }
    }

    void resize(int cols) {
        int old = stops.length;
        stops = Arrays.copyOf(stops, cols);
        for (int c = old; c < cols; c++) {
            stops[c] = c % 8 == 0;
        }
    }

    void set(int col) {
        stops[col] = true;
    }

    void clear(int col) {
        stops[col] = false;
    }

    void clearAll() {
        Arrays.fill(stops, false);
    }

    /** The next stop right of {@code col}, or the last column. */
    int next(int col) {
        for (int c = col + 1; c < stops.length; c++) {
            if (stops[c]) {
                return c;
            }
        }
        return stops.length - 1;
    }

    /** The previous stop left of {@code col}, or column 0. */
    int previous(int col) {
        for (int c = Math.min(col, stops.length) - 1; c > 0; c--) {
            if (stops[c]) {
                return c;
            }
        }
        return 0;
    }
}
