package dev.baton.daemon.session;

import dev.baton.daemon.attention.AttentionTracker;
import dev.baton.daemon.report.EventRateLimit;
import dev.baton.daemon.report.ReportedEvent;
import dev.baton.daemon.report.ReportedEvents;
import dev.baton.daemon.session.output.SessionEvents;
import java.util.ArrayList;
import java.util.List;

/**
 * What an instrumented agent reports, applied on the session's actor: each valid event within the session's
 * {@link EventRateLimit} is recorded, and a {@code notice} or {@code action} is raised through the same attention
 * path as {@code agent emit} (so it reaches the thread, and an {@code action} blocks the session).
 */
final class Reports {
    /** What became of a batch: how many were recorded, the ones the rate limit refused, and the last seq. */
    record Outcome(int accepted, List<ReportedEvents.Refused> limited, long seq) {}

    private final SessionEvents events;
    private final AttentionTracker attention;
    private final EventRateLimit limit;

    Reports(SessionEvents events, AttentionTracker attention, EventRateLimit limit) {
        this.events = events;
        this.attention = attention;
        this.limit = limit;
    }

    Outcome apply(List<ReportedEvent> batch) {
        int accepted = 0;
        List<ReportedEvents.Refused> limited = new ArrayList<>();
        for (ReportedEvent e : batch) {
            if (!limit.tryAcquire()) {
                limited.add(new ReportedEvents.Refused(e.index(), limit.refusal()));
                continue;
            }
            events.append(e.event());
            if (e.raisesAttention()) {
                attention.emit(e.level(), e.reason(), e.text());
            }
            accepted++;
        }
        return new Outcome(accepted, limited, events.lastSeq());
    }
}
