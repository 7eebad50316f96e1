package dev.baton.recap;

/** Shortens text for a surface with limits, at a word boundary, never mid-word, marking the cut with an ellipsis. */
public final class Shorten {
    private Shorten() {}

    /** {@code text} if it fits in {@code max} characters, else its longest whole-word prefix plus {@code …}. */
    public static String words(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2");
        }
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int end = max - 1;
        int cut = end;
        while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == 0) {
            // one word longer than the room: cut it, but never inside a surrogate pair
            cut = Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** The first line of {@code text}, shortened to {@code max}. */
    public static String line(String text, int max) {
        String s = text == null ? "" : text.strip();
        int nl = s.indexOf('\n');
        return words(nl < 0 ? s : s.substring(0, nl) + " …", max);
    }
}
