package dev.baton.daemon.report;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;

/**
 * One valid event of a batch: {@code index} is its place in the batch (from 0), {@code event} what is recorded (an
 * {@link SessionEvent.Emitted}, or an {@link SessionEvent.ArtifactSaved} for {@code kind: artifact}). A
 * {@code notice} or {@code action} is raised as attention too, with {@code reason} and {@code text}.
 */
public record ReportedEvent(int index, AttentionLevel level, SessionEvent event, AttentionReason reason, String text) {
    /** Whether it also asks for attention (and so reaches the thread). */
    public boolean raisesAttention() {
        return level != AttentionLevel.INFO;
    }
}
