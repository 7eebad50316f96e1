package dev.baton.daemon.pty;

import com.sun.jna.Native;

/** The few libc calls the PTY needs, bound with JNA direct mapping (cheap calls, no proxy). */
final class LibC {
    static {
        Native.register("c");
    }

    private LibC() {}

    /** {@code ssize_t read(int, void*, size_t)}; blocks until output or hang-up. */
    static native long read(int fd, byte[] buf, long count);

    static native int kill(int pid, int signal);

    static int errno() {
        return Native.getLastError();
    }
}
