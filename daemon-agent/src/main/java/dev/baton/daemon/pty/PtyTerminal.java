package dev.baton.daemon.pty;

import com.pty4j.PtyProcess;
import com.pty4j.WinSize;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** An agent in a pty4j PTY. The child leads its own process group, so signals go to {@code -pid}. */
final class PtyTerminal implements AgentTerminal {
    private interface LibC extends Library {
        int kill(int pid, int signal);
    }

    private static final class Holder {
        static final LibC LIBC = Native.load("c", LibC.class);
    }

    private final PtyProcess process;
    private final InputStream in;
    private final OutputStream out;

    PtyTerminal(PtyProcess process) {
        this.process = process;
        this.in = process.getInputStream();
        this.out = process.getOutputStream();
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public int read(byte[] buf) throws IOException {
        try {
            return in.read(buf);
        } catch (IOException e) {
            if (!process.isAlive()) {
                return -1; // EIO after the child hung up
            }
            throw e;
        }
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public void resize(int cols, int rows) {
        if (process.isAlive()) {
            process.setWinSize(new WinSize(cols, rows));
        }
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void signalGroup(Signal signal) {
        int pid = (int) process.pid();
        if (Holder.LIBC.kill(-pid, signal.number) != 0) {
            Holder.LIBC.kill(pid, signal.number);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            signalGroup(Signal.KILL);
        }
        process.destroyForcibly();
    }
}
