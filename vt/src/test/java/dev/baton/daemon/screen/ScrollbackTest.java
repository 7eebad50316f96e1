package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrollbackTest {

    @Test
    void lines_scrolled_off_the_top_are_kept_trimmed() {
        Vt vt = new Vt(10, 2).feed("one   \r\n中文\r\nthree\r\nfour");
        assertEquals(List.of("one", "中文"), vt.snap().scrollbackTail());
        assertEquals(List.of("three", "four"), vt.lines());
    }

    @Test
    void tail_is_capped_at_200_and_history_at_1000() {
        Vt vt = new Vt(10, 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            sb.append(i).append("\r\n");
        }
        vt.feed(sb.toString());
        List<String> tail = vt.snap().scrollbackTail();
        assertEquals(200, tail.size());
        assertEquals("1300", tail.get(0));
        assertEquals("1499", tail.get(199));
    }

    @Test
    void scroll_up_of_full_screen_feeds_scrollback_but_partial_region_does_not() {
        Vt vt = new Vt(10, 3).feed("a\r\nb\r\nc^[[S");
        assertEquals(List.of("a"), vt.snap().scrollbackTail());
        vt.feed("^[[2;3r^[[S");
        assertEquals(List.of("a"), vt.snap().scrollbackTail());
    }

    @Test
    void snapshot_text_drops_trailing_blank_lines() {
        Vt vt = new Vt(10, 5).feed("x\r\n\r\ny\r\n\r\n");
        assertEquals("x\n\ny", vt.text());
    }
}
