package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextAndWidthTest {

    @Test
    void plain_text_is_rendered_with_trailing_spaces_trimmed() {
        Vt vt = new Vt(20, 3).feed("hello   \r\nworld");
        assertEquals("hello", vt.line(0));
        assertEquals("world", vt.line(1));
        assertEquals("", vt.line(2));
        assertEquals("hello\nworld", vt.text());
        assertEquals("1,5", vt.cursor());
    }

    @Test
    void wide_characters_take_two_cells() {
        Vt vt = new Vt(20, 2).feed("a中b😀c");
        assertEquals("a中b😀c", vt.line(0));
        assertEquals("0,7", vt.cursor());
        vt.feed("\r\n日本語");
        assertEquals("1,6", vt.cursor());
    }

    @Test
    void overwriting_half_of_a_wide_character_blanks_the_other_half() {
        Vt vt = new Vt(10, 1).feed("中文x^[[1;2Hy");
        assertEquals(" y文x", vt.line(0));
        vt.feed("^[[1;3Hz");
        assertEquals(" yz x", vt.line(0));
    }

    @Test
    void wide_character_at_last_column_wraps_first() {
        Vt vt = new Vt(5, 2).feed("abcd中");
        assertEquals("abcd", vt.line(0));
        assertEquals("中", vt.line(1));
        assertEquals("1,2", vt.cursor());
    }

    @Test
    void combining_marks_do_not_take_a_cell() {
        Vt vt = new Vt(10, 1).feed("e\u0301x\u200dy");
        assertEquals("exy", vt.line(0).replace("\u0301", ""));
        assertEquals("0,3", vt.cursor());
    }

    @Test
    void invalid_utf8_becomes_replacement_character() {
        Vt vt = new Vt(10, 1);
        vt.feedBytes((byte) 'a', (byte) 0xFF, (byte) 'b', (byte) 0xE2, (byte) 0x9D, (byte) 'c', (byte) 0xC0, (byte) 0x80);
        assertEquals("a\uFFFDb\uFFFDc\uFFFD\uFFFD", vt.line(0));
    }

    @Test
    void utf8_split_across_feeds_is_reassembled() {
        Vt vt = new Vt(10, 1);
        byte[] b = "❯ 😀".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte x : b) {
            vt.feedBytes(x);
        }
        assertEquals("❯ 😀", vt.line(0));
    }

    @Test
    void prompt_glyph_renders_as_itself_in_one_cell() {
        Vt vt = new Vt(10, 1).feed("^[[38;2;200;100;50m❯^[[0m x");
        assertEquals("❯ x", vt.line(0));
        assertEquals("0,3", vt.cursor());
    }

    @Test
    void non_bmp_characters_work() {
        Vt vt = new Vt(10, 1).feed("𝕏𠀋");
        assertEquals("𝕏𠀋", vt.line(0));
        assertEquals("0,3", vt.cursor());
    }

    @Test
    void dec_special_graphics_map_to_box_drawing() {
        Vt vt = new Vt(10, 2).feed("^[(0lqk^[(Bq\r\n\u000e^[)0x\u000fx");
        assertEquals("┌─┐q", vt.line(0));
        assertEquals("│x", vt.line(1));
    }

    @Test
    void c1_codepoints_and_del_are_not_printed() {
        Vt vt = new Vt(10, 1).feed("a\u0085b\u007fc");
        assertEquals("abc", vt.line(0));
    }
}
