package dev.baton.daemon.screen;

/**
 * A headless terminal screen (xterm/VT220 subset) that consumes raw PTY output and can render
 * the visible screen as text or as ANSI that repaints it.
 *
 * <p>Threading: one thread calls {@link #feed}; {@link #snapshot()}, {@link #repaintAnsi()} and
 * {@link #resize} may be called from any thread. Each call holds the model's lock for its duration.
 */
public interface ScreenModel {

    /**
     * Creates a model.
     *
     * @param cols     width in cells, at least 1
     * @param rows     height in cells, at least 1
     * @param listener receives bells, OSC strings and query replies; may be {@code null}
     */
    static ScreenModel create(int cols, int rows, ScreenListener listener) {
        return new LockedTerminal(cols, rows, listener == null ? new ScreenListener() {} : listener);
    }

    /**
     * Consumes raw PTY bytes (UTF-8). Multibyte characters and escape sequences may be split
     * across calls. Listener callbacks for this chunk run before this method returns.
     */
    void feed(byte[] buf, int off, int len);

    /**
     * Changes the size. Content stays anchored top-left, except that when the screen gets
     * shorter and the cursor would fall off the bottom, the top rows are scrolled off (into
     * scrollback on the main screen) so the cursor stays on the last row. No reflow.
     */
    void resize(int cols, int rows);

    /** A consistent copy of the current screen; safe against a concurrent {@link #feed}. */
    ScreenSnapshot snapshot();

    /**
     * ANSI that, written to a fresh terminal of the same size, redraws the current screen:
     * reset and clear, every non-blank cell with its SGR attributes, scroll region, SGR pen,
     * cursor position and visibility (and the alternate screen when it is active).
     */
    String repaintAnsi();
}
