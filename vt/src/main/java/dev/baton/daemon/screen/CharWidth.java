package dev.baton.daemon.screen;

/**
 * Terminal cell width of a code point (0, 1 or 2), close to wcwidth / unicode-width:
 * East Asian Wide and Fullwidth plus Emoji_Presentation take two cells; non-spacing and
 * enclosing marks, format and control characters take none.
 */
final class CharWidth {
    private static final int[] WIDE_BMP = {
        0x1100, 0x115F, 0x2329, 0x232A, 0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF,
        0x4E00, 0x9FFF, 0xA000, 0xA4CF, 0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xF900, 0xFAFF,
        0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6,
    };
    private static final int[] WIDE_ASTRAL = {
        0x16FE0, 0x16FE4, 0x17000, 0x18CD5, 0x1B000, 0x1B2FF, 0x1F200, 0x1F2FF,
        0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
    };
    private static final byte[] BMP = buildBmp();

    private CharWidth() {}

    static int of(int cp) {
        if (cp < 0x300) {
            return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ? 0 : 1;
        }
        if (cp < 0x10000) {
            return BMP[cp];
        }
        return compute(cp, WIDE_ASTRAL);
    }

    private static byte[] buildBmp() {
        byte[] table = new byte[0x10000];
        for (int cp = 0; cp < table.length; cp++) {
            table[cp] = (byte) compute(cp, WIDE_BMP);
        }
        return table;
    }

    private static int compute(int cp, int[] wideRanges) {
        if (cp == 0xAD) {
            return 1;
        }
        if ((cp >= 0x1160 && cp <= 0x11FF) || cp == 0x200B) {
            return 0;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.CONTROL -> {
                return 0;
            }
            default -> { }
        }
        if (Character.isEmojiPresentation(cp)) {
            return 2;
        }
        for (int i = 0; i < wideRanges.length; i += 2) {
            if (cp >= wideRanges[i] && cp <= wideRanges[i + 1]) {
                return 2;
            }
        }
        return 1;
    }
}
