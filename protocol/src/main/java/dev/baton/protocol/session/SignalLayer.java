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

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SignalLayer fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
