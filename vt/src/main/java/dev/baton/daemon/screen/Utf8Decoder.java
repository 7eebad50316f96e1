package dev.baton.daemon.screen;

/** Incremental UTF-8 decoder whose state survives across {@code feed} calls. */
final class Utf8Decoder {
    /** More continuation bytes are needed. */
    static final int NEED_MORE = -1;
    /** The sequence broke off: emit U+FFFD, then offer the same byte again. */
    static final int REPLAY = -2;
    static final int REPLACEMENT = 0xFFFD;

    private int codePoint;
    private int remaining;
    private int minimum;

    boolean pending() {
        return remaining != 0;
    }

    void reset() {
        remaining = 0;
    }

    /** Offers one byte (0..255); returns a code point, {@link #NEED_MORE} or {@link #REPLAY}. */
    int accept(int b) {
        if (remaining == 0) {
            if (b < 0x80) {
                return b;
            }
            if (b < 0xC2) {
                return REPLACEMENT;
            }
            if (b < 0xE0) {
                return start(b & 0x1F, 1, 0x80);
            }
            if (b < 0xF0) {
                return start(b & 0x0F, 2, 0x800);
            }
            if (b < 0xF5) {
                return start(b & 0x07, 3, 0x10000);
            }
            return REPLACEMENT;
        }
        if ((b & 0xC0) != 0x80) {
            remaining = 0;
            return REPLAY;
        }
        codePoint = (codePoint << 6) | (b & 0x3F);
        if (--remaining > 0) {
            return NEED_MORE;
        }
        int cp = codePoint;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return REPLACEMENT;
        }
        return cp;
    }

    private int start(int bits, int count, int min) {
        codePoint = bits;
        remaining = count;
        minimum = min;
        return NEED_MORE;
    }
}
