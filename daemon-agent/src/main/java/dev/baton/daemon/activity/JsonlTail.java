package dev.baton.daemon.activity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the complete lines a JSONL file gained since a byte offset. A line still being written (no newline yet) is
 * left for the next read, so a writer caught mid-line is never half-parsed. A file that shrank below the offset was
 * replaced: it is read again from the start.
 */
final class JsonlTail {
    /** One complete line and the byte offset it starts at (a stable key for it within its file). */
    record Line(long offset, String text) {}

    /** The lines read and the offset to continue from. */
    record Chunk(List<Line> lines, long next) {}

    /** A line longer than this is skipped whole (a pasted image in a transcript); it never blocks the tail. */
    static final int MAX_READ = 4 * 1024 * 1024;

    private JsonlTail() {}

    static Chunk read(Path file, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long from = size < offset ? 0 : offset;
            List<Line> lines = new ArrayList<>();
            long pos = from;
            while (pos < size) {
                int want = (int) Math.min(MAX_READ, size - pos);
                ByteBuffer buf = ByteBuffer.allocate(want);
                while (buf.hasRemaining() && ch.read(buf, pos + buf.position()) > 0) {
                    // fill
                }
                byte[] bytes = buf.array();
                int n = buf.position();
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (bytes[i] == '\n') {
                        if (i > start) {
                            lines.add(new Line(pos + start, new String(bytes, start, i - start, StandardCharsets.UTF_8)));
                        }
                        start = i + 1;
                    }
                }
                if (start == 0 && n == MAX_READ) {
                    long end = skipLongLine(ch, pos + n, size);
                    if (end < 0) {
                        break; // a huge line still being written: wait for it at its start
                    }
                    pos = end;
                    continue;
                }
                pos += start;
                if (start < n) {
                    break; // an unfinished last line: wait for its newline
                }
            }
            return new Chunk(lines, pos);
        }
    }

    /** Where the line running at {@code pos} ends (just past its newline), or -1 while it is unfinished. */
    private static long skipLongLine(FileChannel ch, long pos, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(64 * 1024);
        long at = pos;
        while (at < size) {
            one.clear();
            int n = ch.read(one, at);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (one.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += n;
        }
        return -1;
    }
}
