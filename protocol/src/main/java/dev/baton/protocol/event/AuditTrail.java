package dev.baton.protocol.event;

import java.util.Optional;

/**
 * Which session events form the audit trail, and how each reads there: every permission answer (approval or
 * denial, from chat, keys or the terminal), every kill, and every {@link SessionEvent.Audit} (refused approvals,
 * handoffs, shares and other decisions made at the hub). The CLI's {@code agent events --kind audit} and the hub's
 * audit table (for the session page) both use this one definition.
 */
public final class AuditTrail {
    /** One line of the trail. */
    public record Entry(String actor, String action, String outcome, String reason) {}

    private AuditTrail() {}

    public static boolean isAudit(SessionEvent e) {
        return entry(e).isPresent();
    }

    public static Optional<Entry> entry(SessionEvent e) {
        if (e instanceof SessionEvent.Audit a) {
            return Optional.of(new Entry(a.actor().toString(), a.action(), a.outcome(), a.reason()));
        }
        if (e instanceof SessionEvent.PromptAnswered p) {
            return Optional.of(new Entry(p.by().toString(), "answer prompt " + p.promptId(), p.decision().wire(),
                    "via " + p.how() + (p.message().isEmpty() ? "" : ": " + p.message())));
        }
        if (e instanceof SessionEvent.KillRequested k) {
            return Optional.of(new Entry(k.by().toString(), k.remove() ? "kill --rm" : "kill", "requested", ""));
        }
        return Optional.empty();
    }
}
