package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SgrTest {

    private static long sgr(long pen, int[] p, long colon) {
        return Sgr.apply(pen, p, colon, p.length);
    }

    private static String render(long pen) {
        StringBuilder sb = new StringBuilder();
        Pen.appendSgr(sb, pen);
        return sb.toString().replace("\u001b", "^[");
    }

    @Test
    void attributes_set_and_reset() {
        long pen = sgr(0, new int[] {1, 2, 3, 4, 5, 7, 8, 9}, 0);
        assertEquals("^[[0;1;2;3;4;5;7;8;9m", render(pen));
        pen = sgr(pen, new int[] {22, 23, 24, 25, 27, 28, 29}, 0);
        assertEquals("^[[0m", render(pen));
        assertEquals(0, sgr(Pen.BOLD, new int[0], 0));
        assertEquals(0, sgr(Pen.BOLD, new int[] {-1}, 0));
    }

    @Test
    void basic_bright_and_default_colors() {
        assertEquals("^[[0;31;42m", render(sgr(0, new int[] {31, 42}, 0)));
        assertEquals("^[[0;97;104m", render(sgr(0, new int[] {97, 104}, 0)));
        assertEquals("^[[0;44m", render(sgr(sgr(0, new int[] {31, 44}, 0), new int[] {39}, 0)));
        assertEquals("^[[0;31m", render(sgr(sgr(0, new int[] {31, 44}, 0), new int[] {49}, 0)));
    }

    @Test
    void indexed_and_truecolor_semicolon_forms() {
        assertEquals("^[[0;38;5;208;48;2;1;2;3m", render(sgr(0, new int[] {38, 5, 208, 48, 2, 1, 2, 3}, 0)));
        assertEquals("^[[0;1;38;2;255;0;10m", render(sgr(0, new int[] {1, 38, 2, 255, 0, 10}, 0)));
    }

    @Test
    void colon_sub_parameter_forms() {
        // 38:2::10:20:30 -> params 38,2,-1,10,20,30 with 2..5 as sub-parameters
        long colon = 0b111110;
        assertEquals("^[[0;38;2;10;20;30m", render(sgr(0, new int[] {38, 2, -1, 10, 20, 30}, colon)));
        // 48:2:10:20:30 (no colorspace), then bold
        assertEquals("^[[0;1;48;2;10;20;30m", render(sgr(0, new int[] {48, 2, 10, 20, 30, 1}, 0b11110)));
        // 38:5:196
        assertEquals("^[[0;38;5;196m", render(sgr(0, new int[] {38, 5, 196}, 0b110)));
        // 4:3 curly underline, 4:0 none; 58:2::1:2:3 underline color ignored
        assertEquals("^[[0;4m", render(sgr(0, new int[] {4, 3, 58, 2, -1, 1, 2, 3}, 0b11111010)));
        assertEquals("^[[0m", render(sgr(Pen.UNDERLINE, new int[] {4, 0}, 0b10)));
    }

    @Test
    void sgr_through_the_parser_reaches_cells() {
        Vt vt = new Vt(20, 1).feed("^[[1;38:2::255:0:0mR^[[0;4;38;5;33mB^[[m plain");
        String repaint = vt.model.repaintAnsi();
        assertEquals(true, repaint.contains("\u001b[0;1;38;2;255;0;0mR\u001b[0;4;38;5;33mB\u001b[0m plain"), repaint);
    }

    @Test
    void many_distinct_truecolor_styles_are_compacted() {
        Vt vt = new Vt(10, 2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("^[[38;2;").append(i & 255).append(';').append((i >> 8) & 255).append(";7mx");
        }
        vt.feed(sb.toString());
        assertEquals("xxxxxxxxxx", vt.line(0));
        String repaint = vt.model.repaintAnsi();
        assertEquals(true, repaint.contains("38;2;31;78;7mx"), repaint);
    }
}
