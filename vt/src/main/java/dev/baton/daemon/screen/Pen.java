package dev.baton.daemon.screen;

/**
 * Bit layout of a packed SGR pen ({@code long}): foreground in bits 0-25, background in bits
 * 26-51, attribute flags from bit 52. A color is 2 bits of kind (default, 256-palette index,
 * RGB) above 24 bits of value. The all-zero pen is the terminal default.
 */
final class Pen {
    static final int KIND_SHIFT = 24;
    static final int KIND_INDEXED = 1;
    static final int KIND_RGB = 2;
    static final int COLOR_BITS = 26;
    static final long COLOR_MASK = (1L << COLOR_BITS) - 1;

    static final long BOLD = 1L << 52;
    static final long DIM = 1L << 53;
    static final long ITALIC = 1L << 54;
    static final long UNDERLINE = 1L << 55;
    static final long BLINK = 1L << 56;
    static final long INVERSE = 1L << 57;
    static final long HIDDEN = 1L << 58;
    static final long STRIKE = 1L << 59;

    private static final long[] FLAGS = {BOLD, DIM, ITALIC, UNDERLINE, BLINK, INVERSE, HIDDEN, STRIKE};
    private static final int[] FLAG_CODES = {1, 2, 3, 4, 5, 7, 8, 9};

    private Pen() {}

    static int indexed(int index) {
        return (KIND_INDEXED << KIND_SHIFT) | (index & 0xFF);
    }

    static int rgb(int r, int g, int b) {
        return (KIND_RGB << KIND_SHIFT) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    static int fg(long pen) {
        return (int) (pen & COLOR_MASK);
    }

    static int bg(long pen) {
        return (int) ((pen >>> COLOR_BITS) & COLOR_MASK);
    }

    static long withFg(long pen, int color) {
        return (pen & ~COLOR_MASK) | color;
    }

    static long withBg(long pen, int color) {
        return (pen & ~(COLOR_MASK << COLOR_BITS)) | ((long) color << COLOR_BITS);
    }

    /** The pen erased cells get: the background color only (xterm back-color-erase). */
    static long eraseOf(long pen) {
        return pen & (COLOR_MASK << COLOR_BITS);
    }

    /** Appends an SGR sequence that sets exactly {@code pen}, starting from a reset. */
    static void appendSgr(StringBuilder out, long pen) {
        out.append("\u001b[0");
        for (int i = 0; i < FLAGS.length; i++) {
            if ((pen & FLAGS[i]) != 0) {
                out.append(';').append(FLAG_CODES[i]);
            }
        }
        appendColor(out, fg(pen), 38);
        appendColor(out, bg(pen), 48);
        out.append('m');
    }

    private static void appendColor(StringBuilder out, int color, int base) {
        int kind = color >>> KIND_SHIFT;
        if (kind == KIND_INDEXED) {
            int index = color & 0xFF;
            if (index < 8) {
                out.append(';').append(base - 8 + index);
            } else if (index < 16) {
                out.append(';').append(base + 52 + index - 8);
            } else {
                out.append(';').append(base).append(";5;").append(index);
            }
        } else if (kind == KIND_RGB) {
            out.append(';').append(base).append(";2;").append((color >> 16) & 0xFF)
                    .append(';').append((color >> 8) & 0xFF).append(';').append(color & 0xFF);
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
