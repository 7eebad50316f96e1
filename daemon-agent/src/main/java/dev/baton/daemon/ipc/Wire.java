package dev.baton.daemon.ipc;

import dev.baton.protocol.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Framing on the control socket: JSON lines, and typed binary frames ({@code type, u32 length, bytes}). */
public final class Wire {
    /** Largest request line accepted; bigger ones are refused with a clear error. */
    public static final int MAX_LINE = 4 * 1024 * 1024;
    public static final byte INPUT = 'i';
    public static final byte RESIZE = 'r';
    public static final byte OUTPUT = 'o';
    public static final byte END = 'e';

    private Wire() {}

    /** Reads one line (without the newline), or null at end of stream. */
    public static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return buf.size() == 0 ? null : buf.toString(StandardCharsets.UTF_8);
            }
            if (buf.size() >= MAX_LINE) {
                throw new LineTooLong();
            }
            buf.write(b);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    public static void writeLine(OutputStream out, Map<String, Object> message) throws IOException {
        writeLine(out, Json.write(message));
    }

    /** Writes one line of JSON text (which has no raw newline) and flushes. */
    public static void writeLine(OutputStream out, String json) throws IOException {
        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public static void writeFrame(DataOutputStream out, byte type, byte[] payload) throws IOException {
        out.writeByte(type);
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
    }

    /** A frame read from the stream. */
    public record Frame(byte type, byte[] payload) {}

    public static Frame readFrame(DataInputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException();
        }
        int len = in.readInt();
        if (len < 0 || len > MAX_LINE) {
            throw new IOException("bad frame length " + len);
        }
        return new Frame((byte) type, in.readNBytes(len));
    }

    /** A request line longer than {@link #MAX_LINE}. */
    public static final class LineTooLong extends IOException {
        public LineTooLong() {
            super("request larger than " + MAX_LINE + " bytes");
        }
    }
}
