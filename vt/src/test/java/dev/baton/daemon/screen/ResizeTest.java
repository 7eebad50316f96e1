package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResizeTest {

    @Test
    void growing_keeps_content_top_left() {
        Vt vt = new Vt(5, 2).feed("ab\r\ncd");
        vt.model.resize(8, 4);
        ScreenSnapshot s = vt.snap();
        assertEquals(List.of("ab", "cd", "", ""), s.lines());
        assertEquals(8, s.cols());
        assertEquals(4, s.rows());
        assertEquals("1,2", vt.cursor());
        vt.feed("efghijk");
        assertEquals("cdefghij", vt.line(1));
    }

    @Test
    void shrinking_columns_truncates_and_clamps_cursor() {
        Vt vt = new Vt(10, 2).feed("abcdefghij");
        vt.model.resize(4, 2);
        assertEquals(List.of("abcd", ""), vt.lines());
        assertEquals("0,3", vt.cursor());
    }

    @Test
    void shrinking_rows_with_cursor_near_bottom_scrolls_top_into_history() {
        Vt vt = new Vt(5, 4).feed("1\r\n2\r\n3\r\n4");
        vt.model.resize(5, 2);
        assertEquals(List.of("3", "4"), vt.lines());
        assertEquals(List.of("1", "2"), vt.snap().scrollbackTail());
        assertEquals("1,1", vt.cursor());
    }

    @Test
    void shrinking_rows_with_cursor_near_top_keeps_top() {
        Vt vt = new Vt(5, 4).feed("1\r\n2\r\n3\r\n4^[[1;1H");
        vt.model.resize(5, 2);
        assertEquals(List.of("1", "2"), vt.lines());
        assertEquals("0,0", vt.cursor());
    }

    @Test
    void resize_cutting_a_wide_character_blanks_it() {
        Vt vt = new Vt(6, 1).feed("ab中d");
        vt.model.resize(3, 1);
        assertEquals("ab", vt.line(0));
    }

    @Test
    void resize_resets_scroll_region_and_resizes_alt_screen() {
        Vt vt = new Vt(6, 4).feed("^[[2;3r^[[?1049hX");
        vt.model.resize(8, 5);
        vt.feed("^[[5;1H\nY");
        assertEquals(List.of("", "", "", "", "Y"), vt.lines());
        assertEquals(List.of(), vt.snap().scrollbackTail());
        assertEquals(true, vt.snap().altScreen());
    }
}
