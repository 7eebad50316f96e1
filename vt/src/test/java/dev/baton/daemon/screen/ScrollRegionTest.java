package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrollRegionTest {

    private static Vt numbered() {
        return new Vt(5, 5).feed("1\r\n2\r\n3\r\n4\r\n5");
    }

    @Test
    void line_feed_at_region_bottom_scrolls_only_the_region() {
        Vt vt = numbered().feed("^[[2;4r");
        assertEquals("0,0", vt.cursor());
        vt.feed("^[[4;1H\nx");
        assertEquals(List.of("1", "3", "4", "x", "5"), vt.lines());
        assertEquals(List.of(), vt.snap().scrollbackTail());
    }

    @Test
    void reverse_index_at_region_top_scrolls_region_down() {
        Vt vt = numbered().feed("^[[2;4r^[[2;1H^[My");
        assertEquals(List.of("1", "y", "2", "3", "5"), vt.lines());
    }

    @Test
    void line_feed_below_region_moves_down_without_scrolling() {
        Vt vt = numbered().feed("^[[1;2r^[[4;1H\n\n\nz");
        assertEquals(List.of("1", "2", "3", "4", "z"), vt.lines());
    }

    @Test
    void insert_and_delete_lines_stay_inside_region() {
        Vt vt = numbered().feed("^[[2;4r^[[3;1H^[[L");
        assertEquals(List.of("1", "2", "", "3", "5"), vt.lines());
        vt.feed("^[[2;1H^[[2M");
        assertEquals(List.of("1", "3", "", "", "5"), vt.lines());
    }

    @Test
    void scroll_up_down_use_region() {
        Vt vt = numbered().feed("^[[2;4r^[[S");
        assertEquals(List.of("1", "3", "4", "", "5"), vt.lines());
        vt.feed("^[[2T");
        assertEquals(List.of("1", "", "", "3", "5"), vt.lines());
    }

    @Test
    void origin_mode_positions_relative_to_region() {
        Vt vt = numbered().feed("^[[2;4r^[[?6h^[[1;2Hq^[[9;1Hw");
        assertEquals(List.of("1", "2q", "3", "w", "5"), vt.lines());
        vt.feed("^[[6n");
        assertEquals(List.of("^[[3;2R"), vt.replies);
        vt.feed("^[[?6l");
        assertEquals("0,0", vt.cursor());
    }

    @Test
    void cursor_up_down_stop_at_margins() {
        Vt vt = numbered().feed("^[[2;4r^[[3;1H^[[9A");
        assertEquals("1,0", vt.cursor());
        vt.feed("^[[9B");
        assertEquals("3,0", vt.cursor());
        vt.feed("^[[5;1H^[[9A");
        assertEquals("1,0", vt.cursor());
    }

    @Test
    void inline_viewport_history_insertion_like_ratatui() {
        // ratatui/codex insert history above an inline viewport: region [1, top-of-viewport], RI-scroll
        Vt vt = new Vt(10, 6).feed("h1\r\n^[[4;1Hviewport\r\nstatus");
        vt.feed("^[[1;3r^[[3;1H\r\nh2^[[r^[[4;1H");
        assertEquals(List.of("", "", "h2", "viewport", "status", ""), vt.lines());
        assertEquals(List.of(), vt.snap().scrollbackTail(), "partial-region scrolls do not reach scrollback");
    }

    @Test
    void invalid_region_is_ignored() {
        Vt vt = numbered().feed("^[[3;3r^[[5;1H\nq");
        assertEquals(List.of("2", "3", "4", "5", "q"), vt.lines());
    }
}
