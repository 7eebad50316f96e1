package dev.baton.daemon.pty;

import com.pty4j.PtyProcess;
import com.pty4j.WinSize;
import com.pty4j.unix.UnixPtyProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An agent in a pty4j PTY. Output is read straight from the master fd ({@link LibC#read}): pty4j's own
 * stream polls before every read and caps the drain at about 70 MB/s, while a plain blocking read keeps up
 * with {@code script}. The child leads its own process group, so signals go to {@code -pid}.
 */
final class PtyTerminal implements AgentTerminal {
    private static final int EINTR = 4;
    private static final int EAGAIN = 11;

    private final PtyProcess process;
    private final int masterFd;
    private final InputStream in;
    private final OutputStream out;

    PtyTerminal(PtyProcess process) {
        this.process = process;
        this.masterFd = process instanceof UnixPtyProcess unix ? unix.getPty().getMasterFD() : -1;
        this.in = process.getInputStream();
        this.out = process.getOutputStream();
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public int read(byte[] buf) throws IOException {
        if (masterFd >= 0) {
            while (true) {
                long n = LibC.read(masterFd, buf, buf.length);
                if (n > 0) {
                    return (int) n;
                }
                if (n == 0) {
                    return -1;
                }
                int errno = LibC.errno();
                if (errno != EINTR && errno != EAGAIN) {
                    return -1; // EIO: the child side hung up
                }
            }
        }
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
        if (LibC.kill(-pid, signal.number) != 0) {
            LibC.kill(pid, signal.number);
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
