package dev.baton.daemon.screen;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/** Bounded, text-only history of lines scrolled off the top of the main screen. */
final class Scrollback {
    static final int CAPACITY = 1000;
    static final int TAIL = 200;

    private final ArrayDeque<String> lines = new ArrayDeque<>();

    void add(String line) {
        if (lines.size() == CAPACITY) {
            lines.pollFirst();
        }
        lines.addLast(line);
    }

    void clear() {
        lines.clear();
    }

    int size() {
        return lines.size();
    }

    /** The last {@code n} lines, oldest first. */
    List<String> tail(int n) {
        int count = Math.min(n, lines.size());
        String[] out = new String[count];
        Iterator<String> it = lines.descendingIterator();
        for (int i = count - 1; i >= 0; i--) {
            out[i] = it.next();
        }
        return List.of(out);
    }
}
