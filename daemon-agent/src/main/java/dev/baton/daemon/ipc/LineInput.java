package dev.baton.daemon.ipc;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A buffered stream that reads {@link Wire}'s JSON lines a buffer at a time, not a byte at a time: a response line
 * can be megabytes (a recap). It never reads past what it has buffered, so binary frames can follow a line.
 */
public final class LineInput extends BufferedInputStream {
    /** The longest response line a client accepts: answers come from the user's own daemon, and a recap can be big. */
    public static final int MAX_RESPONSE = 1 << 30;
    private final int maxLine;

    public LineInput(InputStream in, int size) {
        this(in, size, Wire.MAX_LINE);
    }

    /** {@code maxLine}: the longest line accepted ({@link Wire#MAX_LINE} for requests, {@link #MAX_RESPONSE} for answers). */
    public LineInput(InputStream in, int size, int maxLine) {
        super(in, size);
        this.maxLine = maxLine;
    }

    /**
     * The next line without its newline, or null at the end of the stream; throws {@link Wire.LineTooLong} past
     * its maximum. The same contract as {@link Wire#readLine}.
     */
    public synchronized String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        while (true) {
            if (pos >= count) {
                int b = read();
                if (b < 0) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
                }
                pos--; // read() filled the buffer; the byte is still in it
            }
            int end = pos;
            while (end < count && buf[end] != '\n') {
                end++;
            }
            if ((long) line.size() + (end - pos) > maxLine) {
                throw new Wire.LineTooLong();
            }
            line.write(buf, pos, end - pos);
            pos = end;
            if (end < count) {
                pos++;
                return line.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
