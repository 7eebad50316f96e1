package dev.baton.daemon.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@link ScreenModel}: wires parser, screen and dispatchers together and guards them with
 * one lock per call; listener events are delivered after the lock is released.
 */
final class LockedTerminal implements ScreenModel {
    private final ReentrantLock lock = new ReentrantLock();
    private final EventQueue events = new EventQueue();
    private final ScreenListener listener;
    private final Screen screen;
    private final ScreenEditing editing;
    private final VtParser parser;

    LockedTerminal(int cols, int rows, ScreenListener listener) {
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("size must be at least 1x1: " + cols + "x" + rows);
        }
        this.listener = listener;
        screen = new Screen(cols, rows);
        editing = new ScreenEditing(screen);
        QueryResponder queries = new QueryResponder(events);
        parser = new VtParser(screen,
                new ControlFunctions(screen, editing, events),
                new CsiDispatcher(screen, editing, queries),
                new OscDispatcher(events, queries));
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        List<EventQueue.Event> pending;
        lock.lock();
        try {
            parser.feed(buf, off, len);
            pending = events.drain();
        } finally {
            lock.unlock();
        }
        EventQueue.deliver(pending, listener);
    }

    @Override
    public void resize(int cols, int rows) {
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("size must be at least 1x1: " + cols + "x" + rows);
        }
        lock.lock();
        try {
            editing.resize(cols, rows);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ScreenSnapshot snapshot() {
        lock.lock();
        try {
            Screen s = screen;
            List<String> lines = new ArrayList<>(s.rows);
            for (int r = 0; r < s.rows; r++) {
                lines.add(s.grid.text(r));
            }
            return new ScreenSnapshot(s.cols, s.rows, s.row, s.col, s.cursorVisible, s.altActive(),
                    lines, s.scrollback.tail(Scrollback.TAIL));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String repaintAnsi() {
        lock.lock();
        try {
            return AnsiRepainter.repaint(screen);
        } finally {
            lock.unlock();
        }
    }
}
