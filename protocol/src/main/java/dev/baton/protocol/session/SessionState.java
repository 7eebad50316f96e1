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

    private static final SessionState[] ALL = values();
    private final String glyph;
    private final String wire = name().toLowerCase(Locale.ROOT);

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
        return wire;
    }

    /** The state with this wire name; any case is accepted (the exact wire name is the fast path). */
    public static SessionState fromWire(String s) {
        for (SessionState state : ALL) {
            if (state.wire.equals(s)) {
                return state;
            }
        }
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
