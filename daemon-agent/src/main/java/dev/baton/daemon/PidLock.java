package dev.baton.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code agentd.pid}, held with an exclusive lock for the daemon's lifetime: one daemon per runtime root. */
final class PidLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private PidLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static PidLock acquire(Path file) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                String pid = Files.readString(file).strip();
                ch.close();
                throw new DaemonException("a daemon is already running for " + file.getParent()
                        + (pid.isEmpty() ? "" : " (pid " + pid + ")") + "; stop it with: agent daemon stop");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(true);
            return new PidLock(file, ch, lock);
        } catch (IOException e) {
            throw new DaemonException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // exiting anyway
        }
    }
}
