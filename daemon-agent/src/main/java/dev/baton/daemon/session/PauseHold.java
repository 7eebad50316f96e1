package dev.baton.daemon.session;

import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Key;
import java.util.List;
import java.util.Locale;

/**
 * Pause and resume ({@code /agent pause}, the page's button): pausing interrupts the agent with its vendor's key
 * (Escape for Claude Code and Codex, Ctrl-C for anything else) and holds the queued turns; resuming releases them.
 * Actor-confined, like the rest of a {@link Session}.
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

    /** Applies a pause or resume, audited; {@code released} runs on resume (the next turn may go in). */
    void apply(SessionCommand.Pause p, SessionEvents events, InputDelivery input, AgentTerminal terminal, Runnable released) {
        held = p.paused();
        events.append(new SessionEvent.Audit(p.sender(), p.paused() ? "pause" : "resume", "done",
                p.paused() ? "interrupted with " + interrupt.name() + "; turns held" : "turns released"));
        if (p.paused()) {
            input.sendKeys(terminal, events, p.sender(), List.of(interrupt), () -> { });
        } else {
            released.run();
        }
        p.done().complete(events.lastSeq());
    }
}
