package dev.baton.adapters.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into pieces of at most {@code max} characters at line boundaries, so a screen or a diff reads the same
 * across several messages. A single line longer than {@code max} is split at spaces, and only a word longer than
 * {@code max} is cut (never inside a surrogate pair).
 */
final class LineSplit {
    private LineSplit() {}

    static List<String> split(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2");
        }
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean started = false;
        for (String line : text.split("\n", -1)) {
            for (String part : fitLine(line, max)) {
                if (started && piece.length() + 1 + part.length() > max) {
                    out.add(piece.toString());
                    piece.setLength(0);
                    started = false;
                }
                if (started) {
                    piece.append('\n');
                }
                piece.append(part);
                started = true;
            }
        }
        out.add(piece.toString());
        return out;
    }

    /** One line as pieces of at most {@code max}: cut at the last space that fits, else mid-word. */
    private static List<String> fitLine(String line, int max) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut <= 0) {
                cut = Character.isLowSurrogate(rest.charAt(max)) ? max - 1 : max;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
