package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogReplayTest {
    @TempDir
    Path dir;

    @Test
    void a_log_larger_than_the_tail_shows_its_last_screen() throws IOException {
        StringBuilder log = new StringBuilder("the very first line\r\n");
        for (int i = 0; log.length() < 3 * LogReplay.TAIL; i++) {
            log.append("\u001b[38;2;1;2;3m│ ❯ old line ").append(i).append("\u001b[0m\r\n");
        }
        log.append("\u001b[2J\u001b[H● All tests pass.\r\n❯ ");
        String screen = replay(log.toString());
        assertTrue(screen.contains("● All tests pass."), screen);
        assertFalse(screen.contains("the very first line"), screen);
    }

    @Test
    void a_log_cut_inside_a_character_or_a_sequence_replays_cleanly() throws IOException {
        String line = "\u001b[38;2;10;20;30m✻ Working… ❯ │\u001b[0m\r\n";
        int lineBytes = line.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder log = new StringBuilder();
        for (int bytes = 0; bytes < LogReplay.TAIL + 7; bytes += lineBytes) {
            log.append(line);
        }
        log.append("done\r\n");
        String screen = replay(log.toString());
        assertTrue(screen.contains("done"), screen);
        assertFalse(screen.contains("\uFFFD") || screen.contains("38;2"), screen);
    }

    @Test
    void a_short_log_is_replayed_whole() throws IOException {
        assertTrue(replay("hello\r\nworld\r\n").contains("hello"));
    }

    private String replay(String content) throws IOException {
        Path log = Files.writeString(dir.resolve("s.log"), content);
        return new LogReplay(100, 30).replay(log).orElseThrow().text();
    }
}
