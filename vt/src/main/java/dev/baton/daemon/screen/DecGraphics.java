package dev.baton.daemon.screen;

/** The DEC Special Graphics character set ({@code ESC ( 0}) mapped to Unicode line drawing. */
final class DecGraphics {
    private static final String MAP = " ◆▒␉␌␍␊°±␤␋┘┐┌└┼⎺⎻─⎼⎽├┤┴┬│≤≥π≠£·";

    private DecGraphics() {}

    /** Maps an ASCII code point when the DEC set is active; other code points pass through. */
    static int map(int cp) {
        return cp >= 0x5F && cp <= 0x7E ? MAP.charAt(cp - 0x5F) : cp;
    }
}
