package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryReplyTest {

    @Test
    void device_status_and_cursor_position_reports() {
        Vt vt = new Vt(80, 24).feed("^[[5n^[[12;40H^[[6n^[[?6n");
        assertEquals(List.of("^[[0n", "^[[12;40R", "^[[?12;40R"), vt.replies);
    }

    @Test
    void primary_and_secondary_device_attributes() {
        Vt vt = new Vt(80, 24).feed("^[[c^[[0c^[[>c^[[>0c");
        assertEquals(List.of("^[[?62;22c", "^[[?62;22c", "^[[>0;10;1c", "^[[>0;10;1c"), vt.replies);
    }

    @Test
    void crossterm_startup_probe_gets_cursor_and_da1_answers() {
        Vt vt = new Vt(80, 24).feed("^[[?u^[[c^[[6n");
        assertEquals(List.of("^[[?62;22c", "^[[1;1R"), vt.replies);
    }

    @Test
    void osc_color_queries_use_the_query_terminator() {
        Vt vt = new Vt(80, 24).feed("^[]10;?\u0007^[]11;?^[\\^[]4;1;?\u0007");
        assertEquals(List.of(
                "^[]10;rgb:ffff/ffff/ffff\u0007",
                "^[]11;rgb:0000/0000/0000^[\\",
                "^[]4;1;rgb:cdcd/0000/0000\u0007"), vt.replies);
        assertEquals(List.of("10|?", "11|?", "4|1;?"), vt.oscs);
    }

    @Test
    void decrqm_reports_mode_state() {
        Vt vt = new Vt(80, 24).feed("^[[?25$p^[[?2026$p^[[?9999$p^[[4$p");
        assertEquals(List.of("^[[?25;1$y", "^[[?2026;2$y", "^[[?9999;0$y", "^[[4;2$y"), vt.replies);
    }

    @Test
    void query_split_across_feeds_is_answered_once() {
        Vt vt = new Vt(80, 24);
        for (char c : Vt.esc("^[[6n").toCharArray()) {
            vt.feed(String.valueOf(c));
        }
        assertEquals(List.of("^[[1;1R"), vt.replies);
    }
}
