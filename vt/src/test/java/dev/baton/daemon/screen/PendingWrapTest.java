package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PendingWrapTest {

    @Test
    void writing_last_column_defers_the_wrap() {
        Vt vt = new Vt(5, 3).feed("abcde");
        assertEquals("0,4", vt.cursor());
        vt.feed("f");
        assertEquals(List.of("abcde", "f", ""), vt.lines());
        assertEquals("1,1", vt.cursor());
    }

    @Test
    void carriage_return_after_full_line_does_not_add_blank_line() {
        Vt vt = new Vt(5, 3).feed("abcde\r\nfghij\r\nk");
        assertEquals(List.of("abcde", "fghij", "k"), vt.lines());
    }

    @Test
    void cursor_motion_cancels_pending_wrap() {
        Vt vt = new Vt(5, 3).feed("abcde^[[1;5HX");
        assertEquals(List.of("abcdX", "", ""), vt.lines());
        vt = new Vt(5, 3).feed("abcde\bX");
        assertEquals(List.of("abcXe", "", ""), vt.lines());
    }

    @Test
    void erase_in_line_cancels_pending_wrap() {
        Vt vt = new Vt(5, 2).feed("abcde^[[KX");
        assertEquals(List.of("abcdX", ""), vt.lines());
    }

    @Test
    void wrap_at_bottom_scrolls() {
        Vt vt = new Vt(3, 2).feed("abcdefg");
        assertEquals(List.of("def", "g"), vt.lines());
        assertEquals(List.of("abc"), vt.snap().scrollbackTail());
    }

    @Test
    void autowrap_off_overwrites_last_column() {
        Vt vt = new Vt(5, 2).feed("^[[?7labcdefgh");
        assertEquals(List.of("abcdh", ""), vt.lines());
        assertEquals("0,4", vt.cursor());
        vt.feed("^[[?7h\r\nabcdefgh");
        assertEquals(List.of("abcde", "fgh"), vt.lines());
    }

    @Test
    void cursor_position_report_during_pending_wrap_is_last_column() {
        Vt vt = new Vt(5, 2).feed("abcde^[[6n");
        assertEquals(List.of("^[[1;5R"), vt.replies);
    }

    @Test
    void tab_at_last_column_keeps_pending_wrap() {
        Vt vt = new Vt(5, 2).feed("abcde\tX");
        assertEquals(List.of("abcde", "X"), vt.lines());
    }

    @Test
    void save_restore_cursor_keeps_pending_wrap_like_xterm() {
        Vt vt = new Vt(5, 2).feed("abcde^[7^[[2;1Hq^[8X");
        assertEquals(List.of("abcde", "X"), vt.lines());
        assertEquals("1,1", vt.cursor());
    }
}
