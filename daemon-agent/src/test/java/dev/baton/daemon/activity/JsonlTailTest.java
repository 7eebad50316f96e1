package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlTailTest {
    @TempDir
    Path tmp;

    private void append(Path f, String s) throws Exception {
        Files.writeString(f, s, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void a_line_still_being_written_waits_for_its_newline() throws Exception {
        Path f = tmp.resolve("t.jsonl");
        append(f, "{\"a\":1}\n{\"b\":");
        JsonlTail.Chunk first = JsonlTail.read(f, 0);
        assertEquals(List.of(new JsonlTail.Line(0, "{\"a\":1}")), first.lines());
        assertEquals(8, first.next());
        append(f, "2}\n");
        JsonlTail.Chunk second = JsonlTail.read(f, first.next());
        assertEquals(List.of(new JsonlTail.Line(8, "{\"b\":2}")), second.lines());
        assertEquals(Files.size(f), second.next());
        assertEquals(List.of(), JsonlTail.read(f, second.next()).lines(), "nothing new, nothing read");
    }

    @Test
    void a_file_that_shrank_is_read_again_from_its_start() throws Exception {
        Path f = tmp.resolve("t.jsonl");
        append(f, "one\ntwo\n");
        long end = JsonlTail.read(f, 0).next();
        Files.writeString(f, "new\n");
        assertEquals(List.of(new JsonlTail.Line(0, "new")), JsonlTail.read(f, end).lines());
    }

    @Test
    void a_line_longer_than_one_read_is_skipped_whole() throws Exception {
        Path f = tmp.resolve("t.jsonl");
        append(f, "x".repeat(JsonlTail.MAX_READ + 10) + "\nafter\n");
        JsonlTail.Chunk c = JsonlTail.read(f, 0);
        assertEquals(List.of(new JsonlTail.Line(JsonlTail.MAX_READ + 11, "after")), c.lines());
        assertEquals(Files.size(f), c.next());
    }

    @Test
    void multibyte_text_keeps_byte_offsets() throws Exception {
        Path f = tmp.resolve("t.jsonl");
        append(f, "❯ é\nnext\n");
        List<JsonlTail.Line> lines = JsonlTail.read(f, 0).lines();
        assertEquals("❯ é", lines.get(0).text());
        assertEquals("❯ é\n".getBytes(StandardCharsets.UTF_8).length, lines.get(1).offset());
    }
}
