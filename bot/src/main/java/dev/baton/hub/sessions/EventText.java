package dev.baton.hub.sessions;

import dev.baton.protocol.event.SessionEvent;

/** The words the hub posts for daemon events that deserve a line in the thread. */
public final class EventText {
    private EventText() {}

    public static String ended(SessionEvent.StateChanged s) {
        return "Session ended: " + s.to().wire() + (s.reason().isEmpty() ? "" : " (" + s.reason() + ")");
    }

    public static String attention(SessionEvent.Attention a) {
        String icon = switch (a.level()) {
            case ACTION -> "⚠ Needs you";
            case NOTICE -> "ℹ";
            case INFO -> "";
        };
        return icon + " " + a.reason().wire() + ": " + a.message();
    }
}
