package dev.baton.daemon.session.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The append-only file of a session's raw PTY bytes. Written by the PTY reader thread only. */
public final class RawLog implements AutoCloseable {
    private final FileChannel channel;
    private volatile long bytes;

    private RawLog(FileChannel channel) throws IOException {
        this.channel = channel;
        this.bytes = channel.size();
    }

    public static RawLog open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return new RawLog(ch);
    }

    void write(byte[] buf, int off, int len) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (b.hasRemaining()) {
            channel.write(b);
        }
        bytes += len;
    }

    public long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // the bytes already written are on disk; nothing else to save
        }
    }
}
