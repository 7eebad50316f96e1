package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AltScreenTest {

    @Test
    void mode_1049_saves_cursor_clears_and_restores() {
        Vt vt = new Vt(10, 3).feed("main^[[2;3H^[[?1049h");
        assertTrue(vt.snap().altScreen());
        assertEquals("", vt.text());
        vt.feed("^[[Hfull screen app");
        assertEquals("full scree", vt.line(0));
        vt.feed("^[[?1049l");
        assertFalse(vt.snap().altScreen());
        assertEquals(List.of("main", "", ""), vt.lines());
        assertEquals("1,2", vt.cursor());
    }

    @Test
    void mode_1049_clears_alt_on_each_entry() {
        Vt vt = new Vt(10, 3).feed("^[[?1049hjunk^[[?1049l^[[?1049h");
        assertEquals("", vt.text());
    }

    @Test
    void mode_47_keeps_alt_contents_and_1047_clears_on_exit() {
        Vt vt = new Vt(10, 3).feed("^[[?47hA^[[?47l^[[?47h");
        assertEquals("A", vt.line(0));
        vt.feed("^[[?47l^[[?1047h");
        assertEquals("A", vt.line(0));
        vt.feed("^[[?1047l^[[?1047h");
        assertEquals("", vt.line(0));
    }

    @Test
    void alt_screen_scrolling_does_not_feed_scrollback() {
        Vt vt = new Vt(5, 2).feed("^[[?1049h1\r\n2\r\n3\r\n4");
        assertEquals(List.of(), vt.snap().scrollbackTail());
        vt.feed("^[[?1049l1\r\n2\r\n3");
        assertEquals(List.of("1"), vt.snap().scrollbackTail());
    }

    @Test
    void cursor_visibility_and_ignored_modes() {
        Vt vt = new Vt(10, 3).feed("^[[?25l^[[?2004h^[[?1000;1006h^[[?2026h^[[?1h^[[?12l");
        assertFalse(vt.snap().cursorVisible());
        vt.feed("^[[?25h^[[?2026lok");
        assertTrue(vt.snap().cursorVisible());
        assertEquals("ok", vt.line(0));
    }

    @Test
    void private_marker_sequences_do_not_act_as_sgr_or_cursor_moves() {
        Vt vt = new Vt(10, 3).feed("^[[>4;2m^[[>1u^[[<u^[[?u^[[=1;1u^[[2 q^[[22;0;0t^[[>0qx");
        assertEquals("x", vt.line(0));
        assertEquals("0,1", vt.cursor());
        assertEquals(List.of(), vt.replies);
    }
}
