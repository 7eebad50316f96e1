package dev.baton.daemon.session.input;

import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.session.output.SessionEvents;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Sender;
import java.util.List;
import java.util.Locale;

/**
 * Pause and resume ({@code /agent pause}, the page's button): pausing interrupts the agent with its vendor's key
 * (Escape for Claude Code and Codex, Ctrl-C for anything else) and holds the queued turns; resuming releases them.
 * Actor-confined, like the rest of a session.
 */
final class PauseHold {
    private final Key interrupt;
    private boolean held;

    PauseHold(String vendor) {
        this.interrupt = interruptKey(vendor);
    }

    static Key interruptKey(String vendor) {
        String v = vendor.toUpperCase(Locale.ROOT);
        return Key.parse(v.equals("CLAUDE") || v.equals("CODEX") ? "esc" : "ctrl-c").orElseThrow();
    }

    /** Whether queued turns must wait. */
    boolean held() {
        return held;
    }

    /**
     * Applies a pause or resume, audited; {@code released} runs on resume (the next turn may go in). Returns the last
     * event seq once all of that is recorded.
     */
    long apply(boolean paused, Sender sender, SessionEvents events, InputDelivery input, AgentTerminal terminal,
               Runnable released) {
        held = paused;
        events.append(new SessionEvent.Audit(sender, paused ? "pause" : "resume", "done",
                paused ? "interrupted with " + interrupt.name() + "; turns held" : "turns released"));
        if (paused) {
            input.sendKeys(terminal, events, sender, List.of(interrupt), () -> { });
        } else {
            released.run();
        }
        return events.lastSeq();
    }
}
