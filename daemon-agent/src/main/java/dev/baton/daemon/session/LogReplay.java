package dev.baton.daemon.session;

import dev.baton.daemon.screen.ScreenListener;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.screen.ScreenSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Rebuilds the last screen of a session that is no longer live by replaying its raw log. */
public final class LogReplay {
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
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(log)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                screen.feed(buf, 0, n);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(screen.snapshot());
    }
}
