package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitTest {
    @Test
    void short_text_is_one_piece() {
        assertEquals(List.of("a\nb"), LineSplit.split("a\nb", 10));
    }

    @Test
    void pieces_break_between_lines_and_keep_empty_lines() {
        assertEquals(List.of("aaa\n", "bbb\nc"), LineSplit.split("aaa\n\nbbb\nc", 5));
        assertEquals("aaa\n\nbbb\nc", String.join("\n", LineSplit.split("aaa\n\nbbb\nc", 5)));
    }

    @Test
    void a_long_line_breaks_at_spaces_and_only_a_longer_word_is_cut() {
        assertEquals(List.of("one two", "three"), LineSplit.split("one two three", 8));
        assertEquals(List.of("abcd", "efgh", "ij"), LineSplit.split("abcdefghij", 4));
    }

    @Test
    void never_splits_a_surrogate_pair() {
        String s = "ab\ud83d\ude00cd";
        for (String piece : LineSplit.split(s, 3)) {
            assertTrue(piece.isEmpty() || !Character.isLowSurrogate(piece.charAt(0)), piece);
        }
    }

    @Test
    void every_piece_fits() {
        String text = "x".repeat(50) + "\n" + "word ".repeat(100);
        LineSplit.split(text, 30).forEach(p -> assertTrue(p.length() <= 30, p));
    }

    @Test
    void a_silly_limit_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> LineSplit.split("x", 1));
    }
}
