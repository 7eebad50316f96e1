package dev.baton.daemon.attention;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The attention signals of one session (hook events, BEL and OSC from the terminal, {@code agent emit}) and the one
 * they leave open, plus the layers that produced any. Screen prompts close when they leave the screen; emitted
 * {@code action}s close when a human sends input. Actor-confined, except the views ({@link #summary}, {@link #layers}).
 */
final class Signals {
    private record Open(AttentionLevel level, AttentionReason reason, String message, SignalLayer layer) {}

    private final Consumer<SessionEvent> events;
    private final Set<SignalLayer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Open open;

    Signals(Consumer<SessionEvent> events) {
        this.events = events;
    }

    /** A signal from an agent hook (Claude Code's Stop, Notification, …). */
    void hook(AttentionLevel level, AttentionReason reason, String message) {
        raise(level, reason, message, SignalLayer.HOOK);
    }

    /** A hook spoke (even if it said nothing worth an event): the hook layer is alive. */
    void hookAlive() {
        seen.add(SignalLayer.HOOK);
    }

    void bell(SessionState state) {
        if (state == SessionState.BLOCKED) {
            seen.add(SignalLayer.TERMINAL);
            return; // the open prompt already says it all
        }
        raise(AttentionLevel.NOTICE, AttentionReason.BELL, "the agent rang the bell", SignalLayer.TERMINAL);
    }

    /** OSC 9 (notification text) and OSC 777 ({@code notify;title;body}). Other OSCs are ignored. */
    void osc(int code, String payload) {
        if (code == 9 && !payload.isEmpty() && !Character.isDigit(payload.charAt(0))) {
            raise(AttentionLevel.NOTICE, AttentionReason.NOTIFICATION, payload, SignalLayer.TERMINAL);
        } else if (code == 777 && payload.startsWith("notify;")) {
            raise(AttentionLevel.NOTICE, AttentionReason.NOTIFICATION,
                    payload.substring("notify;".length()).replace(';', ' ').strip(), SignalLayer.TERMINAL);
        }
    }

    void emit(AttentionLevel level, AttentionReason reason, String message) {
        raise(level, reason, message, SignalLayer.EMIT);
    }

    private void raise(AttentionLevel level, AttentionReason reason, String message, SignalLayer layer) {
        seen.add(layer);
        events.accept(new SessionEvent.Attention(level, reason, message, layer));
        Open current = open;
        if (level == AttentionLevel.ACTION || current == null || current.level() != AttentionLevel.ACTION) {
            open = new Open(level, reason, message, layer);
        }
    }

    /** Closes an emitted or terminal attention after human input; screen prompts close by themselves. */
    boolean clearEmitted(String how) {
        Open current = open;
        if (current != null && current.layer() != SignalLayer.SCREEN) {
            clear(how);
            return true;
        }
        return false;
    }

    private void clear(String how) {
        open = null;
        events.accept(new SessionEvent.AttentionCleared(how));
    }

    boolean blocking() {
        Open current = open;
        return current != null && current.level() == AttentionLevel.ACTION;
    }

    /** {@code action:permission Do you want to proceed?}, or empty. */
    String summary() {
        Open current = open;
        return current == null ? "" : current.level().wire() + ":" + current.reason().wire() + " " + current.message();
    }

    /** The layers that have produced a signal so far, e.g. {@code terminal,screen}. */
    String layers() {
        return seen.stream().sorted().map(SignalLayer::wire).collect(Collectors.joining(","));
    }
}
