package dev.baton.protocol.session;

/**
 * A text with some of its row breaks taken out, so that a secret cut by a break can be matched whole, and where each
 * of its characters came from, so that a match maps back onto the original text.
 *
 * @param text   the text without those breaks
 * @param origin for each character of {@code text}, its index in the original
 */
record Joined(String text, int[] origin) {
    /**
     * Rows narrower than this are never taken for wrapped ones: no terminal is that narrow, and short lines of chat
     * text that happen to be the longest are left as they are.
     */
    static final int MIN_WRAP_WIDTH = 20;

    /**
     * Where in the original a match of {@code text} from {@code start} (inclusive) to {@code end} (exclusive) lies:
     * one span over it, breaks included ({@code whole}), or one span for each unbroken piece, so that what was taken
     * out (a line break, a cursor move) is left as it is.
     */
    void add(int start, int end, boolean whole, java.util.List<int[]> out) {
        if (whole) {
            out.add(new int[] {origin[start], origin[end - 1] + 1});
            return;
        }
        int from = origin[start];
        for (int i = start + 1; i < end; i++) {
            if (origin[i] != origin[i - 1] + 1) {
                out.add(new int[] {from, origin[i - 1] + 1});
                from = origin[i];
            }
        }
        out.add(new int[] {from, origin[end - 1] + 1});
    }

    /**
     * A screen's text (rows joined by line breaks, trailing blanks trimmed) with the breaks after full rows taken out:
     * a row as wide as the widest one is taken to have wrapped onto the next. {@code null} when no row is.
     */
    static Joined wraps(String text) {
        int widest = 0;
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            widest = Math.max(widest, width(text, start, i));
            start = i + 1;
        }
        widest = Math.max(widest, text.length() - start);
        if (start == 0 || widest < MIN_WRAP_WIDTH) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        int n = 0;
        boolean joined = false;
        start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            int end = width(text, start, i) == widest ? start + widest : i + 1;
            joined |= end <= i;
            for (int k = start; k < end; k++) {
                out.append(text.charAt(k));
                origin[n++] = k;
            }
            start = i + 1;
        }
        for (int k = start; k < text.length(); k++) {
            out.append(text.charAt(k));
            origin[n++] = k;
        }
        return joined ? new Joined(out.toString(), origin) : null;
    }

    /**
     * Every line break taken out ({@code \n} and {@code \r}), and in terminal output ({@code terminal}) also every
     * cursor move to the start of a row ({@code ESC [ n ; 1 H}, {@code ESC [ n H}), which is how a repaint and many
     * TUIs start each row. {@code null} when there is none.
     */
    static Joined breaks(String text, boolean terminal) {
        StringBuilder out = null;
        int[] origin = null;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int skip = c == '\n' || c == '\r' ? 1 : terminal && c == '\u001b' ? rowStart(text, i) : 0;
            if (skip > 0 && out == null) {
                out = new StringBuilder(text.length());
                origin = new int[text.length()];
                for (int k = 0; k < i; k++) {
                    out.append(text.charAt(k));
                    origin[n++] = k;
                }
            }
            if (skip > 0) {
                i += skip - 1;
            } else if (out != null) {
                out.append(c);
                origin[n++] = i;
            }
        }
        return out == null ? null : new Joined(out.toString(), origin);
    }

    /** The length of a cursor move to column 1 ({@code ESC [ digits ; 1 H} or {@code ESC [ digits H}) at {@code i}, or 0. */
    private static int rowStart(String text, int i) {
        int k = i + 1;
        if (k >= text.length() || text.charAt(k) != '[') {
            return 0;
        }
        k++;
        int digits = k;
        while (k < text.length() && Character.isDigit(text.charAt(k)) && k - digits < 5) {
            k++;
        }
        if (k < text.length() && text.charAt(k) == 'H') {
            return k + 1 - i;
        }
        if (k + 2 < text.length() && text.charAt(k) == ';' && text.charAt(k + 1) == '1' && text.charAt(k + 2) == 'H') {
            return k + 3 - i;
        }
        return 0;
    }

    /** A line's length without a trailing {@code \r}. */
    private static int width(String text, int start, int end) {
        return end > start && text.charAt(end - 1) == '\r' ? end - 1 - start : end - start;
    }
}
