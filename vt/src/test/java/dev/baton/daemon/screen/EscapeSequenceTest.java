package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class EscapeSequenceTest {

    @Test
    void decsc_and_decrc_restore_position_and_attributes() {
        Vt vt = new Vt(10, 3).feed("^[[2;3H^[[1;31m^[7^[[0m^[[H^[8X");
        assertEquals("  X", vt.line(1));
        assertEquals("1,3", vt.cursor());
        String repaint = vt.model.repaintAnsi();
        assertEquals(true, repaint.contains("\u001b[0;1;31mX"), repaint);
    }

    @Test
    void csi_s_and_u_save_and_restore_cursor() {
        Vt vt = new Vt(10, 3).feed("^[[3;4H^[[s^[[1;1Hab^[[uZ");
        assertEquals("   Z", vt.line(2));
    }

    @Test
    void index_next_line_and_reverse_index() {
        Vt vt = new Vt(10, 3).feed("ab^[Dc^[Ed^[M^[Me");
        assertEquals("ae", vt.line(0));
        assertEquals("  c", vt.line(1));
        assertEquals("d", vt.line(2));
    }

    @Test
    void reverse_index_at_top_scrolls_down() {
        Vt vt = new Vt(10, 3).feed("1\r\n2\r\n3^[[H^[Mx");
        assertEquals(java.util.List.of("x", "1", "2"), vt.lines());
    }

    @Test
    void full_reset_clears_screen_and_modes() {
        Vt vt = new Vt(10, 3).feed("abc^[[?25l^[[2;3r^[[1;31m^[c");
        ScreenSnapshot s = vt.snap();
        assertEquals("", s.text());
        assertEquals("0,0", vt.cursor());
        assertEquals(true, s.cursorVisible());
        vt.feed("\r\n\r\n\r\nz");
        assertEquals("z", vt.line(2));
    }

    @Test
    void keypad_modes_and_unknown_escapes_are_ignored() {
        Vt vt = new Vt(10, 1).feed("^[=a^[>b^[#8");
        assertEquals("EEEEEEEEEE", vt.line(0));
        vt.feed("^[c^[Nx^[%Gy^[ Fz");
        assertEquals("xyz", vt.line(0));
        assertFalse(vt.snap().altScreen());
    }
}
