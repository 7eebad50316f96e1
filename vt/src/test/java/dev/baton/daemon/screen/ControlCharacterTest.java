package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ControlCharacterTest {

    @Test
    void bell_notifies_listener() {
        Vt vt = new Vt(10, 2).feed("a\u0007b\u0007");
        assertEquals(2, vt.bells);
        assertEquals("ab", vt.line(0));
    }

    @Test
    void backspace_moves_left_and_stops_at_column_zero() {
        Vt vt = new Vt(10, 1).feed("abc\b\bX\b\b\b\bY");
        assertEquals("YXc", vt.line(0));
        assertEquals("0,1", vt.cursor());
    }

    @Test
    void horizontal_tab_stops_every_eight_columns() {
        Vt vt = new Vt(30, 1).feed("a\tb\tc");
        assertEquals("a       b       c", vt.line(0));
        vt.feed("\t\t\t\t");
        assertEquals("0,29", vt.cursor());
    }

    @Test
    void tab_stops_can_be_set_and_cleared() {
        Vt vt = new Vt(30, 2).feed("^[[3g^[[1;4H^[H^[[1;1H\tX\r\n\tY");
        assertEquals("   X", vt.line(0));
        assertEquals("   Y", vt.line(1));
        vt.feed("^[[1;4H^[[g\r\n\tZ");
        assertEquals("1,29", vt.cursor());
    }

    @Test
    void cursor_tabulation_forward_and_back() {
        Vt vt = new Vt(40, 1).feed("^[[2IX^[[2ZY");
        assertEquals("0,9", vt.cursor());
        assertEquals("        Y       X", vt.line(0));
    }

    @Test
    void line_feed_vertical_tab_and_form_feed_move_down_keeping_column() {
        Vt vt = new Vt(10, 4).feed("ab\ncd\u000be\u000cf");
        assertEquals("ab", vt.line(0));
        assertEquals("  cd", vt.line(1));
        assertEquals("    e", vt.line(2));
        assertEquals("     f", vt.line(3));
    }

    @Test
    void carriage_return_goes_to_column_zero() {
        Vt vt = new Vt(10, 1).feed("hello\rJ");
        assertEquals("Jello", vt.line(0));
        assertEquals("0,1", vt.cursor());
    }

    @Test
    void controls_inside_csi_are_executed() {
        Vt vt = new Vt(10, 2).feed("ab^[[\r1C" + "X");
        assertEquals("aX", vt.line(0));
    }
}
