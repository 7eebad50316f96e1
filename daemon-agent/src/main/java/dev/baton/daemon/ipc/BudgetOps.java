package dev.baton.daemon.ipc;

import dev.baton.daemon.activity.Activities;
import dev.baton.daemon.activity.BudgetView;
import dev.baton.daemon.activity.UsageTotals;
import dev.baton.daemon.session.Sessions;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.Sender;
import java.math.BigDecimal;
import java.util.Map;

/** {@code agent budget NAME [--raise DOLLARS | --raise-tokens N]}: the session's spend, limits, and raises. */
final class BudgetOps {
    private final Sessions sessions;

    BudgetOps(Sessions sessions) {
        this.sessions = sessions;
    }

    Map<String, Object> budget(SessionRow row, Fields r, Sender by) {
        Activities activity = sessions.activity();
        String raised = null;
        if (r.map().containsKey("raise_usd") || r.map().containsKey("raise_tokens")) {
            BigDecimal usd = null;
            if (r.map().get("raise_usd") != null) {
                try {
                    usd = new BigDecimal(r.string("raise_usd"));
                } catch (NumberFormatException e) {
                    throw new OpException("--raise takes dollars, e.g. --raise 1.00");
                }
            }
            long tokens = r.optNumber("raise_tokens").orElse(0L);
            switch (activity.raise(row.id(), by, usd, tokens)) {
                case Activities.RaiseOutcome.Raised done -> raised = done.event().budget() + " budget raised by "
                        + done.event().amount() + " to " + done.event().limit()
                        + (done.stillPaused() ? "; still over it, so the agent stays paused" : "");
                case Activities.RaiseOutcome.Refused no -> throw new OpException(no.reason());
            }
        }
        UsageTotals usage = activity.usage(row.id());
        BudgetView limits = activity.budgets(row.id());
        return Json.object("ok", true, "name", row.name(), "usage", usage.toJson(),
                "session_usd", limits.usd().map(BigDecimal::toPlainString).orElse(null),
                "session_tokens", limits.tokens().isPresent() ? limits.tokens().getAsLong() : null,
                "paused", limits.paused(), "tokens", usage.tokens(), "message", raised);
    }
}
