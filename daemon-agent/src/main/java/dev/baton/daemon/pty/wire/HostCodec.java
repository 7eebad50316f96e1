package dev.baton.daemon.pty.wire;

import dev.baton.daemon.pty.wire.HostReply.*;
import dev.baton.daemon.pty.wire.HostRequest.*;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Frames: {@code u8 tag, u32 length, payload}. Strings are {@code u32 length + UTF-8}; byte arrays are the rest of
 * the frame. A connection opens with {@link #MAGIC} from the client, so a daemon never talks to a host of another
 * protocol version. Output is written straight from the host's buffer and read straight into its own array.
 */
public final class HostCodec {
    /**
     * The protocol version. A host only talks to clients of its own version, so a new build whose version differs
     * cannot adopt the agents a running host holds ({@code agent daemon upgrade} checks this first).
     */
    public static final int VERSION = 1;
    /** "BPH" and the protocol version. */
    public static final int MAGIC = magic(VERSION);
    /** Largest frame accepted (a spawn with a big environment fits easily). */
    public static final int MAX_FRAME = 16 * 1024 * 1024;

    private static final byte SPAWN = 'S', ATTACH = 'A', INPUT = 'I', RESIZE = 'R', SIGNAL = 'K', LIST = 'L',
            RELEASE = 'F', STOP = 'Q';
    private static final byte ATTACHED = 'a', OUTPUT = 'o', LOST = 'l', EXIT = 'x', AGENTS = 's', DONE = 'd',
            REFUSED = 'r';

    private HostCodec() {}

    public static void writeMagic(DataOutputStream out) throws IOException {
        writeMagic(out, VERSION);
    }

    /** Opens a connection as a client of protocol {@code version} (a probe on behalf of another build). */
    public static void writeMagic(DataOutputStream out, int version) throws IOException {
        out.writeInt(magic(version));
        out.flush();
    }

    static int magic(int version) {
        if (version < 0 || version > 0xff) {
            throw new IllegalArgumentException("a PTY host protocol version is 0-255, not " + version);
        }
        return 0x42504800 | version;
    }

    public static boolean readMagic(DataInputStream in) throws IOException {
        return in.readInt() == MAGIC;
    }

    public static void write(DataOutputStream out, HostRequest request) throws IOException {
        Payload p = new Payload();
        byte tag = switch (request) {
            case Spawn s -> {
                p.string(s.key()).strings(s.command()).string(s.cwd()).i32(s.cols()).i32(s.rows()).i32(s.env().size());
                for (Map.Entry<String, String> e : s.env().entrySet()) {
                    p.string(e.getKey()).string(e.getValue());
                }
                yield SPAWN;
            }
            case Attach a -> {
                p.string(a.key());
                yield ATTACH;
            }
            case Input i -> {
                p.string(i.key()).raw(i.bytes());
                yield INPUT;
            }
            case Resize r -> {
                p.string(r.key()).i32(r.cols()).i32(r.rows());
                yield RESIZE;
            }
            case Signal s -> {
                p.string(s.key()).i32(s.signal());
                yield SIGNAL;
            }
            case ListAgents l -> LIST;
            case Release r -> {
                p.string(r.key());
                yield RELEASE;
            }
            case StopHost s -> STOP;
        };
        p.writeTo(out, tag);
    }

    public static void write(DataOutputStream out, HostReply reply) throws IOException {
        Payload p = new Payload();
        byte tag = switch (reply) {
            case Attached a -> {
                p.string(a.key()).i64(a.pid()).i64(a.lostBytes());
                yield ATTACHED;
            }
            case Output o -> {
                writeOutput(out, o.key(), o.bytes(), 0, o.bytes().length);
                yield 0;
            }
            case Lost l -> {
                p.string(l.key()).i64(l.bytes());
                yield LOST;
            }
            case Exit x -> {
                p.string(x.key()).i32(x.code());
                yield EXIT;
            }
            case Agents a -> {
                p.i32(a.agents().size());
                for (AgentStatus s : a.agents()) {
                    p.string(s.key()).i64(s.pid()).i32(s.alive() ? 1 : 0).i32(s.exitCode());
                }
                yield AGENTS;
            }
            case Done d -> DONE;
            case Refused r -> {
                p.string(r.reason());
                yield REFUSED;
            }
        };
        if (tag != 0) {
            p.writeTo(out, tag);
        }
    }

    /** One output frame from {@code buf[off, off+len)}, without copying it; the caller flushes. */
    public static void writeOutput(DataOutputStream out, String key, byte[] buf, int off, int len) throws IOException {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        out.writeByte(OUTPUT);
        out.writeInt(4 + k.length + len);
        out.writeInt(k.length);
        out.write(k);
        out.write(buf, off, len);
    }

    /** The next request, or null at a clean end of stream. */
    public static HostRequest readRequest(DataInputStream in) throws IOException {
        int tag = in.read();
        if (tag < 0) {
            return null;
        }
        DataInputStream p = payload(in);
        return switch ((byte) tag) {
            case SPAWN -> {
                String key = string(p);
                List<String> command = strings(p);
                String cwd = string(p);
                int cols = p.readInt();
                int rows = p.readInt();
                int n = count(p);
                Map<String, String> env = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    env.put(string(p), string(p));
                }
                yield new Spawn(key, command, env, cwd, cols, rows);
            }
            case ATTACH -> new Attach(string(p));
            case INPUT -> new Input(string(p), p.readAllBytes());
            case RESIZE -> new Resize(string(p), p.readInt(), p.readInt());
            case SIGNAL -> new Signal(string(p), p.readInt());
            case LIST -> new ListAgents();
            case RELEASE -> new Release(string(p));
            case STOP -> new StopHost();
            default -> throw new IOException("unknown request tag " + tag);
        };
    }

    /** The next reply, or null at a clean end of stream. Output bytes land in their own array, copied once. */
    public static HostReply readReply(DataInputStream in) throws IOException {
        int tag = in.read();
        if (tag < 0) {
            return null;
        }
        if (tag == OUTPUT) {
            int len = length(in);
            String key = string(in);
            byte[] bytes = new byte[len - 4 - key.getBytes(StandardCharsets.UTF_8).length];
            in.readFully(bytes);
            return new Output(key, bytes);
        }
        DataInputStream p = payload(in);
        return switch ((byte) tag) {
            case ATTACHED -> new Attached(string(p), p.readLong(), p.readLong());
            case LOST -> new Lost(string(p), p.readLong());
            case EXIT -> new Exit(string(p), p.readInt());
            case AGENTS -> {
                int n = count(p);
                List<AgentStatus> agents = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    agents.add(new AgentStatus(string(p), p.readLong(), p.readInt() != 0, p.readInt()));
                }
                yield new Agents(agents);
            }
            case DONE -> new Done();
            case REFUSED -> new Refused(string(p));
            default -> throw new IOException("unknown reply tag " + tag);
        };
    }

    private static int length(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len < 0 || len > MAX_FRAME) {
            throw new IOException("bad frame length " + len);
        }
        return len;
    }

    private static DataInputStream payload(DataInputStream in) throws IOException {
        byte[] body = new byte[length(in)];
        in.readFully(body);
        return new DataInputStream(new ByteArrayInputStream(body));
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_FRAME) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[count(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    /** A frame body being built. */
    private static final class Payload {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(64);
        private final DataOutputStream out = new DataOutputStream(buf);

        Payload string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
            return this;
        }

        Payload strings(List<String> list) throws IOException {
            out.writeInt(list.size());
            for (String s : list) {
                string(s);
            }
            return this;
        }

        Payload i32(int v) throws IOException {
            out.writeInt(v);
            return this;
        }

        Payload i64(long v) throws IOException {
            out.writeLong(v);
            return this;
        }

        Payload raw(byte[] b) throws IOException {
            out.write(b);
            return this;
        }

        void writeTo(DataOutputStream target, byte tag) throws IOException {
            if (buf.size() > MAX_FRAME) {
                throw new IOException("frame of " + buf.size() + " bytes is larger than " + MAX_FRAME);
            }
            target.writeByte(tag);
            target.writeInt(buf.size());
            buf.writeTo(target);
        }
    }
}
