package dev.baton.protocol.session;

import java.util.Locale;

/** Where an attention signal came from, best first (DESIGN.md §4). */
public enum SignalLayer {
    /** Structured agent hooks (Claude Code hooks, Codex notify). */
    HOOK,
    /** BEL, OSC 9 and OSC 777 in the PTY byte stream. */
    TERMINAL,
    /** Prompt profiles matched against the rendered screen. */
    SCREEN,
    /** An instrumented agent or a human calling {@code agent emit}. */
    EMIT;

    private static final SignalLayer[] ALL = values();
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    /** The layer with this wire name; any case is accepted (the exact wire name is the fast path). */
    public static SignalLayer fromWire(String s) {
        for (SignalLayer layer : ALL) {
            if (layer.wire.equals(s)) {
                return layer;
            }
        }
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
