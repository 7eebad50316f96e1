package dev.baton.protocol.session;

import java.util.Locale;

/** A session's lifecycle state. Terminal states are final. */
public enum SessionState {
    STARTING("◌"),
    RUNNING("●"),
    WAITING("○"),
    BLOCKED("◆"),
    COMPLETED("✓"),
    FAILED("✗"),
    KILLED("■"),
    INTERRUPTED("⚠");

    private final String glyph;

    SessionState(String glyph) {
        this.glyph = glyph;
    }

    public boolean isTerminal() {
        return switch (this) {
            case COMPLETED, FAILED, KILLED, INTERRUPTED -> true;
            case STARTING, RUNNING, WAITING, BLOCKED -> false;
        };
    }

    /** The one-character status glyph shown by {@code agent ls}. */
    public String glyph() {
        return glyph;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SessionState fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
