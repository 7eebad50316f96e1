package dev.baton.daemon.session;

import dev.baton.daemon.screen.ScreenListener;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.screen.ScreenSnapshot;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Rebuilds the last screen of a session that is no longer live by replaying the tail of its raw log (the last
 * {@link #TAIL} bytes, from the first line break or escape in them, so no sequence is cut in half): a screen is
 * redrawn far more often than that, and replaying a whole log of many megabytes would cost seconds.
 */
public final class LogReplay {
    static final int TAIL = 1 << 20;
    private final int cols;
    private final int rows;

    public LogReplay(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
    }

    public Optional<ScreenSnapshot> replay(Path log) {
        if (!Files.isRegularFile(log)) {
            return Optional.empty();
        }
        ScreenModel screen = ScreenModel.create(cols, rows, new ScreenListener() {});
        try (FileChannel in = FileChannel.open(log, StandardOpenOption.READ)) {
            long start = Math.max(0, in.size() - TAIL);
            ByteBuffer buf = ByteBuffer.allocate((int) (in.size() - start));
            while (buf.hasRemaining() && in.read(buf, start + buf.position()) > 0) {
                // read the whole tail
            }
            byte[] tail = buf.array();
            int from = start == 0 ? 0 : cleanStart(tail, buf.position());
            screen.feed(tail, from, buf.position() - from);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(screen.snapshot());
    }

    /** The first line break or escape, so replay starts between sequences and characters, not inside one. */
    private static int cleanStart(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == '\n' || b[i] == 0x1b) {
                return i;
            }
        }
        return n;
    }
}
