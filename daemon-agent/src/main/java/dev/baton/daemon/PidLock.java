package dev.baton.daemon;

import dev.baton.daemon.process.PidFileLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code agentd.pid}: one daemon per runtime root, or a clear error naming the one already running. */
final class PidLock {
    private PidLock() {}

    static PidFileLock acquire(Path file) {
        try {
            return PidFileLock.tryAcquire(file).orElseThrow(() -> {
                String pid = "";
                try {
                    pid = Files.readString(file).strip();
                } catch (IOException e) {
                    // the message below still says what to do
                }
                return new DaemonException("a daemon is already running for " + file.getParent()
                        + (pid.isEmpty() ? "" : " (pid " + pid + ")") + "; stop it with: agent daemon stop");
            });
        } catch (IOException e) {
            throw new DaemonException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
