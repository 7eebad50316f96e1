package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CursorAndEditTest {

    private static Vt filled() {
        return new Vt(6, 4).feed("abcdef\r\nghijkl\r\nmnopqr\r\nstuvwx");
    }

    @Test
    void cursor_movement_sequences() {
        Vt vt = new Vt(20, 10);
        assertEquals("4,9", vt.feed("^[[5;10H").cursor());
        assertEquals("2,9", vt.feed("^[[2A").cursor());
        assertEquals("5,9", vt.feed("^[[3B").cursor());
        assertEquals("5,13", vt.feed("^[[4C").cursor());
        assertEquals("5,12", vt.feed("^[[D").cursor());
        assertEquals("7,0", vt.feed("^[[2E").cursor());
        assertEquals("6,0", vt.feed("^[[F").cursor());
        assertEquals("6,7", vt.feed("^[[8G").cursor());
        assertEquals("2,3", vt.feed("^[[3;4f").cursor());
        assertEquals("8,3", vt.feed("^[[9d").cursor());
        assertEquals("9,3", vt.feed("^[[e").cursor());
        assertEquals("9,14", vt.feed("^[[15`").cursor());
        assertEquals("9,16", vt.feed("^[[2a").cursor());
        assertEquals("0,0", vt.feed("^[[H").cursor());
        assertEquals("9,19", vt.feed("^[[99;99H").cursor());
        assertEquals("0,0", vt.feed("^[[0;0H").cursor());
        assertEquals("0,0", vt.feed("^[[5A^[[9D").cursor());
    }

    @Test
    void erase_in_display_variants() {
        assertEquals(List.of("abcdef", "gh", "", ""), filled().feed("^[[2;3H^[[J").lines());
        assertEquals(List.of("", "   jkl", "mnopqr", "stuvwx"), filled().feed("^[[2;3H^[[1J").lines());
        assertEquals(List.of("", "", "", ""), filled().feed("^[[2J").lines());
    }

    @Test
    void erase_in_display_3_clears_scrollback_only() {
        Vt vt = new Vt(6, 2).feed("1\r\n2\r\n3\r\n4");
        assertEquals(List.of("1", "2"), vt.snap().scrollbackTail());
        vt.feed("^[[3J");
        assertEquals(List.of(), vt.snap().scrollbackTail());
        assertEquals(List.of("3", "4"), vt.lines());
    }

    @Test
    void erase_in_line_variants() {
        assertEquals("gh", filled().feed("^[[2;3H^[[K").line(1));
        assertEquals("   jkl", filled().feed("^[[2;3H^[[1K").line(1));
        assertEquals("", filled().feed("^[[2;3H^[[2K").line(1));
        assertEquals("", filled().feed("^[[2;3H^[[?2K").line(1));
    }

    @Test
    void erase_delete_and_insert_characters() {
        assertEquals("a  def", filled().feed("^[[1;2H^[[2X").line(0));
        assertEquals("adef", filled().feed("^[[1;2H^[[2P").line(0));
        assertEquals("a  bcd", filled().feed("^[[1;2H^[[2@").line(0));
        assertEquals("a", filled().feed("^[[1;2H^[[99P").line(0));
    }

    @Test
    void insert_and_delete_lines() {
        assertEquals(List.of("abcdef", "", "ghijkl", "mnopqr"), filled().feed("^[[2;3H^[[L").lines());
        assertEquals(List.of("abcdef", "mnopqr", "stuvwx", ""), filled().feed("^[[2;3H^[[M").lines());
        assertEquals("1,0", filled().feed("^[[2;3H^[[M").cursor());
    }

    @Test
    void scroll_up_and_down() {
        assertEquals(List.of("mnopqr", "stuvwx", "", ""), filled().feed("^[[2S").lines());
        assertEquals(List.of("", "abcdef", "ghijkl", "mnopqr"), filled().feed("^[[T").lines());
    }

    @Test
    void repeat_last_character() {
        Vt vt = new Vt(10, 2).feed("x-^[[5b");
        assertEquals("x------", vt.line(0));
        assertEquals("─────", new Vt(10, 1).feed("─^[[4b").line(0));
    }

    @Test
    void insert_mode_shifts_text_right() {
        Vt vt = new Vt(10, 1).feed("abcdef^[[1;3H^[[4hXY^[[4lZ");
        assertEquals("abXYZdef", vt.line(0));
    }

    @Test
    void erase_uses_background_color_of_pen() {
        Vt vt = new Vt(4, 1).feed("^[[44m^[[2K^[[0m");
        String repaint = vt.model.repaintAnsi();
        assertEquals(true, repaint.contains("\u001b[0;44m    "), repaint);
    }
}
