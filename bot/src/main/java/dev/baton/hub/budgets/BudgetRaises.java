package dev.baton.hub.budgets;

import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.config.BudgetSettings;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Identities;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.HubSession;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.wire.WireMessage;
import java.util.Optional;

/**
 * A session whose budget ran out, at the hub: its {@code action:budget} attention becomes a {@link BudgetCard},
 * and a press of "Raise by $N" goes to the session's daemon as {@link WireMessage.RaiseBudget} when the presser
 * is in {@code [budgets] approvers} or may approve the session's prompts; anyone else is refused in the thread
 * (and the refusal is audited). The daemon records who raised it ({@code budget_raised}). Core thread.
 */
public final class BudgetRaises {
    private final BudgetSettings settings;
    private final AccessGuard guard;
    private final DaemonLinks daemons;
    private final SessionThreads threads;

    public BudgetRaises(BudgetSettings settings, AccessGuard guard, DaemonLinks daemons, SessionThreads threads) {
        this.settings = settings;
        this.guard = guard;
        this.daemons = daemons;
        this.threads = threads;
    }

    /** The daemon paused the session on its budget: the card, with the owner pinged. */
    public void spent(HubSession s, SessionEvent.Attention a) {
        threads.say(s, BudgetCard.render(s, a.message(), settings.raiseStepUsd(), SessionThreads.ownerMentions(s)));
    }

    /** "Raise by $N" pressed by {@code user} in {@code thread}. */
    public void raise(HubSession s, ChatUser user, ThreadRef thread, ChatSurface from) {
        if (s.ended()) {
            from.whisper(user, thread, Post.Text.of("This session has ended; there is no budget to raise."));
            return;
        }
        Optional<String> refusal = AccessGuard.refusal(guard.raiseBudget(user, s, settings.approvers()));
        if (refusal.isPresent()) {
            from.reply(thread, Post.Text.of("Sorry " + user.name() + ", " + refusal.get() + "."));
            return;
        }
        daemons.sendReliable(s.daemon(), new WireMessage.RaiseBudget(s.id(),
                settings.raiseStepUsd().toPlainString(), Identities.sender(user)));
    }
}
