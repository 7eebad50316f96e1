package dev.baton.daemon.screen;

/**
 * Applies SGR ({@code CSI ... m}) parameters to a packed {@link Pen}, including the
 * semicolon ({@code 38;2;r;g;b}) and colon ({@code 38:2::r:g:b}, {@code 38:5:n}) color forms.
 */
final class Sgr {
    private Sgr() {}

    /**
     * @param p     parameters, -1 where omitted
     * @param colon bit i set when parameter i followed a colon (a sub-parameter)
     * @param n     number of parameters
     */
    static long apply(long pen, int[] p, long colon, int n) {
        if (n == 0) {
            return 0;
        }
        int i = 0;
        while (i < n) {
            int code = Math.max(p[i], 0);
            int j = i + 1;
            while (j < n && j < 64 && (colon >>> j & 1) != 0) {
                j++;
            }
            if (code == 38 || code == 48 || code == 58) {
                int color;
                int next;
                if (j > i + 1) {
                    color = colonColor(p, i + 1, j);
                    next = j;
                } else if (i + 2 < n && p[i + 1] == 5) {
                    color = Pen.indexed(Math.max(p[i + 2], 0));
                    next = i + 3;
                } else if (i + 4 < n && p[i + 1] == 2) {
                    color = Pen.rgb(Math.max(p[i + 2], 0), Math.max(p[i + 3], 0), Math.max(p[i + 4], 0));
                    next = i + 5;
                } else {
                    return pen;
                }
                if (color >= 0 && code == 38) {
                    pen = Pen.withFg(pen, color);
                } else if (color >= 0 && code == 48) {
                    pen = Pen.withBg(pen, color);
                }
                i = next;
                continue;
            }
            pen = simple(pen, code, j > i + 1 ? p[i + 1] : -1);
            i = j;
        }
        return pen;
    }

    /** Colon form: {@code 5:n}, {@code 2:r:g:b} or {@code 2:colorspace:r:g:b}; -1 when malformed. */
    private static int colonColor(int[] p, int from, int to) {
        int kind = p[from];
        int count = to - from - 1;
        if (kind == 5 && count >= 1) {
            return Pen.indexed(Math.max(p[from + 1], 0));
        }
        if (kind == 2 && count >= 3) {
            return Pen.rgb(Math.max(p[to - 3], 0), Math.max(p[to - 2], 0), Math.max(p[to - 1], 0));
        }
        return -1;
    }

    private static long simple(long pen, int code, int sub) {
        return switch (code) {
            case 0 -> 0;
            case 1 -> pen | Pen.BOLD;
            case 2 -> pen | Pen.DIM;
            case 3 -> pen | Pen.ITALIC;
            case 4 -> sub == 0 ? pen & ~Pen.UNDERLINE : pen | Pen.UNDERLINE;
            case 5, 6 -> pen | Pen.BLINK;
            case 7 -> pen | Pen.INVERSE;
            case 8 -> pen | Pen.HIDDEN;
            case 9 -> pen | Pen.STRIKE;
            case 21 -> pen | Pen.UNDERLINE;
            case 22 -> pen & ~(Pen.BOLD | Pen.DIM);
            case 23 -> pen & ~Pen.ITALIC;
            case 24 -> pen & ~Pen.UNDERLINE;
            case 25 -> pen & ~Pen.BLINK;
            case 27 -> pen & ~Pen.INVERSE;
            case 28 -> pen & ~Pen.HIDDEN;
            case 29 -> pen & ~Pen.STRIKE;
            case 39 -> Pen.withFg(pen, 0);
            case 49 -> Pen.withBg(pen, 0);
            default -> colorCode(pen, code);
        };
    }

    private static long colorCode(long pen, int code) {
        if (code >= 30 && code <= 37) {
            return Pen.withFg(pen, Pen.indexed(code - 30));
        }
        if (code >= 40 && code <= 47) {
            return Pen.withBg(pen, Pen.indexed(code - 40));
        }
        if (code >= 90 && code <= 97) {
            return Pen.withFg(pen, Pen.indexed(code - 90 + 8));
        }
        if (code >= 100 && code <= 107) {
            return Pen.withBg(pen, Pen.indexed(code - 100 + 8));
        }
        return pen;
    }
}
