package dev.baton.daemon.tui;

import java.util.List;

/** What the TUI shows over its rows: nothing, a scrolling text (screen, recap, events, help), a line being typed, a question. */
sealed interface Mode {
    record Rows() implements Mode {}

    /** A text view ({@code s}, {@code r}, {@code e}, {@code ?}); {@code top} is the first line shown. */
    record Overlay(String title, List<String> lines, int top) implements Mode {
        Overlay scrolled(int delta, int height) {
            return new Overlay(title, lines, Math.max(0, Math.min(Math.max(0, lines.size() - height), top + delta)));
        }
    }

    /** A line being typed: a turn for {@code session}, or the filter. */
    record Typing(Purpose purpose, String session, String text) implements Mode {
        Typing with(String newText) {
            return new Typing(purpose, session, newText);
        }
    }

    enum Purpose {
        TURN, FILTER
    }

    /** {@code K}: kill {@code session}? */
    record ConfirmKill(String session) implements Mode {}
}
