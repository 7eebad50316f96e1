package dev.baton.daemon.pty;

import java.io.IOException;

/**
 * A running agent attached to a terminal. Reads and writes are raw bytes. Owned by one session. Only
 * {@link #signalGroup} ends an agent on purpose; {@link #close()} releases the handle.
 */
public interface AgentTerminal extends AutoCloseable {
    long pid();

    /** Blocks for output; returns -1 once the terminal has closed. Called from one reader thread only. */
    int read(byte[] buf) throws IOException;

    void write(byte[] bytes) throws IOException;

    void resize(int cols, int rows);

    boolean isAlive();

    /** Waits for the process to end and returns its exit code (128 + signal when killed by a signal). */
    int waitFor() throws InterruptedException;

    /** Sends {@code signal} to the agent's whole process group. */
    void signalGroup(Signal signal);

    /** Output bytes the terminal's holder had to drop (its buffer overflowed) before this handle read them. */
    default long lostBytes() {
        return 0;
    }

    /**
     * Releases this handle; call it once the agent's exit was read and recorded. A terminal in the PTY host then
     * forgets the agent (it only detaches while the agent still runs, and the agent keeps running). A terminal
     * held in this JVM cannot outlive its handle, so closing it while the agent runs kills the agent.
     */
    @Override
    void close();

    enum Signal {
        HUP(1), INT(2), KILL(9), TERM(15);

        final int number;

        Signal(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }
    }
}
