package dev.baton.daemon.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * Listener events collected while the model's lock is held and delivered after it is
 * released, in stream order.
 */
final class EventQueue {
    private static final int BELL = 0;
    private static final int OSC = 1;
    private static final int REPLY = 2;

    /** One pending callback. */
    record Event(int kind, int code, String text, byte[] bytes) {}

    private ArrayList<Event> events;

    void bell() {
        add(new Event(BELL, 0, null, null));
    }

    void osc(int code, String payload) {
        add(new Event(OSC, code, payload, null));
    }

    void reply(byte[] bytes) {
        add(new Event(REPLY, 0, null, bytes));
    }

    private void add(Event e) {
        if (events == null) {
            events = new ArrayList<>(4);
        }
        events.add(e);
    }

    /** Takes the pending events (null when none); call under the lock. */
    List<Event> drain() {
        List<Event> out = events;
        events = null;
        return out;
    }

    /** Delivers what {@link #drain()} returned; call without the lock. */
    static void deliver(List<Event> drained, ScreenListener listener) {
        if (drained == null) {
            return;
        }
        for (Event e : drained) {
            switch (e.kind()) {
                case BELL -> listener.bell();
                case OSC -> listener.osc(e.code(), e.text());
                default -> listener.reply(e.bytes());
            }
        }
    }
}
