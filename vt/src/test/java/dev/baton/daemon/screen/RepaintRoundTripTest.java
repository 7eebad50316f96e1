package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepaintRoundTripTest {

    private static void assertRoundTrip(int cols, int rows, String stream) {
        Vt original = new Vt(cols, rows).feed(stream);
        String ansi = original.model.repaintAnsi();
        Vt copy = new Vt(cols, rows).feed(ansi);
        ScreenSnapshot a = original.snap();
        ScreenSnapshot b = copy.snap();
        assertEquals(a.lines(), b.lines());
        assertEquals(a.cursorRow() + "," + a.cursorCol(), b.cursorRow() + "," + b.cursorCol());
        assertEquals(a.cursorVisible(), b.cursorVisible());
        assertEquals(a.altScreen(), b.altScreen());
        assertEquals(ansi, copy.model.repaintAnsi(), "repaint is a fixed point");
    }

    @Test
    void repaint_round_trip_of_styled_text() {
        assertRoundTrip(30, 5, "^[[1;31mred^[[0m ^[[38;2;1;2;3;48;5;200mrgb^[[0m\r\n中文 😀 ❯ ^[[7minv^[[0m^[[3;4H^[[44m^[[K^[[?25l");
    }

    @Test
    void repaint_round_trip_preserves_pending_wrap() {
        Vt original = new Vt(5, 3).feed("abcde");
        Vt copy = new Vt(5, 3).feed(original.model.repaintAnsi());
        copy.feed("f");
        assertEquals(original.feed("f").lines(), copy.lines());
    }

    @Test
    void repaint_round_trip_of_wide_char_at_the_right_edge_and_full_screen() {
        assertRoundTrip(6, 2, "abcd中ABCDE中");
    }

    @Test
    void repaint_round_trip_of_alt_screen_and_region() {
        assertRoundTrip(20, 6, "main^[[?1049h^[[2;5r^[[4;3Halt^[[1;33m");
    }

    @Test
    void repaint_round_trip_of_mixed_stream() {
        for (long seed = 1; seed <= 20; seed++) {
            String stream = MixedStreams.kitchenSink(seed, 3000);
            assertRoundTrip(90, 30, new String(stream.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
    }
}
