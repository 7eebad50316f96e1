package dev.baton.daemon.ipc;

import dev.baton.daemon.activity.Activities;
import dev.baton.daemon.activity.BudgetView;
import dev.baton.daemon.activity.UsageTotals;
import dev.baton.daemon.session.Sessions;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.session.Sender;
import java.math.BigDecimal;
import java.util.Optional;

/** {@code agent budget NAME [--raise DOLLARS | --raise-tokens N]}: the session's spend, limits, and raises. */
final class BudgetOps {
    private final Sessions sessions;

    BudgetOps(Sessions sessions) {
        this.sessions = sessions;
    }

    CliReply.BudgetState budget(SessionRow row, CliRequest.Budget r, Sender by) {
        Activities activity = sessions.activity();
        Optional<String> raised = Optional.empty();
        if (r.raiseUsd().isPresent() || r.raiseTokens().isPresent()) {
            BigDecimal usd = null;
            if (r.raiseUsd().isPresent()) {
                try {
                    usd = new BigDecimal(r.raiseUsd().get());
                } catch (NumberFormatException e) {
                    throw new OpException("--raise takes dollars, e.g. --raise 1.00");
                }
            }
            switch (activity.raise(row.id(), by, usd, r.raiseTokens().orElse(0L))) {
                case Activities.RaiseOutcome.Raised done -> raised = Optional.of(done.event().budget() + " budget raised by "
                        + done.event().amount() + " to " + done.event().limit()
                        + (done.stillPaused() ? "; still over it, so the agent stays paused" : ""));
                case Activities.RaiseOutcome.Refused no -> throw new OpException(no.reason());
            }
        }
        UsageTotals usage = activity.usage(row.id());
        BudgetView limits = activity.budgets(row.id());
        return new CliReply.BudgetState(row.name(), usage.toWire(), limits.usd().map(BigDecimal::toPlainString),
                limits.tokens().isPresent() ? Optional.of(limits.tokens().getAsLong()) : Optional.empty(),
                limits.paused(), usage.tokens(), raised);
    }
}
