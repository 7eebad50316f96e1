package dev.baton.hub;

import dev.baton.chat.Post;
import dev.baton.hub.budgets.BudgetRaises;
import dev.baton.hub.budgets.DailyBudgets;
import dev.baton.hub.prompts.PromptAnswers;
import dev.baton.hub.sessions.AgentVoice;
import dev.baton.hub.sessions.EventText;
import dev.baton.hub.sessions.RecapPoster;
import dev.baton.hub.sessions.SessionCosts;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionLog;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.AuditRow;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.turns.Pauses;
import dev.baton.hub.turns.TurnIntake;
import dev.baton.protocol.event.AuditTrail;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.wire.WireMessage.StartResult;
import java.util.Optional;

/**
 * What a session's daemon reports, kept ({@link SessionLog}) and applied: its start, then each event in seq order, to the session's record, its
 * card and threads (state changes, pings, notes, the agent's own messages and working line, its cost), its prompt and budget cards, its turns' acknowledgements and its audit trail.
 * Core thread.
 */
final class SessionEvents {
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final HubStore store;
    private final PromptAnswers prompts;
    private final RecapPoster recaps;
    private final TurnIntake turns;
    private final Pauses pauses;
    private final SessionLog streams;
    private final AgentVoice voice;
    private final SessionCosts costs;
    private final BudgetRaises budgets;
    private final DailyBudgets daily;

    SessionEvents(SessionDirectory sessions, SessionThreads threads, HubStore store, PromptAnswers prompts,
                  RecapPoster recaps, TurnIntake turns, Pauses pauses, SessionLog streams, AgentVoice voice,
                  SessionCosts costs, BudgetRaises budgets, DailyBudgets daily) {
        this.budgets = budgets;
        this.daily = daily;
        this.streams = streams;
        this.sessions = sessions;
        this.threads = threads;
        this.store = store;
        this.prompts = prompts;
        this.recaps = recaps;
        this.turns = turns;
        this.pauses = pauses;
        this.voice = voice;
        this.costs = costs;
    }

    /** The daemon started the session, or could not. */
    void started(StartResult r) {
        sessions.byId(r.sessionId()).ifPresent(row -> {
            if (row.state() != dev.baton.protocol.session.SessionState.STARTING || row.startRefused()) {
                return;
            }
            HubSession next = r.started() ? row.withBranch(r.baseBranch(), r.branch(), r.repo())
                    : row.withStartRefused();
            sessions.put(next);
            if (r.started()) {
                costs.started(next);
            }
            threads.refreshCard(next);
            if (!r.started()) {
                threads.say(row, Post.Text.of("Could not start: " + r.reason()));
            }
        });
    }

    /**
     * One event of a session, kept in its stream (once per seq), and applied once: older or repeated seqs are not
     * applied again.
     */
    void apply(EventRecord record) {
        Optional<HubSession> found = sessions.byId(record.session().value());
        if (found.isEmpty()) {
            return;
        }
        streams.add(record);
        if (record.seq() <= found.get().lastSeq()) {
            return;
        }
        HubSession row = found.get().withLastSeq(record.seq());
        boolean card = false;
        AuditTrail.entry(record.event()).ifPresent(a -> store.access().putAudit(
                new AuditRow(record.session().value(), record.seq(), record.at().toEpochMilli(),
                        a.actor(), a.action(), a.outcome(), a.reason())));
        switch (record.event()) {
            case SessionEvent.Created c -> {
                row = row.withBranch(c.baseBranch(), c.branch(), c.repo());
                if (!c.mode().isEmpty()) {
                    store.putFact(row.id(), "mode", c.mode());
                }
                card = true;
            }
            case SessionEvent.StateChanged s -> {
                row = row.withState(s.to(), s.to().isTerminal() ? "" : row.attention());
                card = true;
                if (s.to() == SessionState.WAITING || s.to().isTerminal()) {
                    voice.turnEnded(row);
                }
                if (s.to().isTerminal()) {
                    threads.say(row, Post.Text.of(EventText.ended(s)));
                    recaps.post(row, "Final recap of " + row.name() + " (" + s.to().wire() + ")", SessionThreads.ownerMentions(row));
                }
            }
            case SessionEvent.Attention a -> {
                threads.heard(row.id(), a.layer().wire());
                if (a.level() == AttentionLevel.ACTION) {
                    row = row.withAttention(a.level().wire() + ":" + a.reason().wire() + " " + a.message());
                    if (a.reason() == AttentionReason.BUDGET) {
                        budgets.spent(row, a);
                    } else {
                        threads.say(row, new Post.Text(EventText.attention(a), SessionThreads.ownerMentions(row)));
                    }
                } else if (a.level() == AttentionLevel.NOTICE) {
                    threads.say(row, Post.Text.of(EventText.attention(a)));
                }
                card = true;
            }
            case SessionEvent.AttentionCleared c -> {
                row = row.withAttention("");
                card = true;
            }
            case SessionEvent.TurnQueued t -> { } // the hub said "queued" when it took the turn (Turns); once is enough
            case SessionEvent.TurnDelivered t -> {
                turns.delivered(t.turnId());
                store.turn(t.turnId()).ifPresent(turn -> costs.turnDelivered(turn.session(), turn.senderKey()));
            }
            case SessionEvent.WorktreeRemoved w -> threads.say(row, Post.Text.of("Worktree removed; branch "
                    + w.branch() + (w.branchKept() ? " kept (it has commits)" : " deleted (no commits)")));
            case SessionEvent.ArtifactSaved a -> {
                if (a.kind().equals("patch")) {
                    threads.say(row, Post.Text.of("Uncommitted work saved as " + a.kind() + ": " + a.path()));
                } // commits and declared files show on the page and in recaps, not as posts
            }
            case SessionEvent.DiffstatTaken d -> { } // kept in the stream, for recaps while the daemon is offline
            case SessionEvent.Emitted e -> { } // a notice or action also came as an Attention, which posts
            case SessionEvent.InputSent i -> { }
            case SessionEvent.KeysSent k -> { }
            case SessionEvent.Attached a -> { }
            case SessionEvent.Detached d -> { }
            case SessionEvent.Exited e -> { }
            case SessionEvent.KillRequested k -> { }
            case SessionEvent.Adopted a -> threads.say(row, Post.Text.of("The daemon restarted; the agent kept"
                    + " running and the session carries on."));
            case SessionEvent.PromptOpened p -> {
                threads.heard(row.id(), p.layer().wire());
                row = row.withAttention("action:permission " + (p.tool().isEmpty() ? "" : p.tool() + ": ") + p.detail());
                prompts.opened(row, p);
                card = true;
            }
            case SessionEvent.PromptAnswered p -> {
                row = row.withAttention("");
                prompts.answered(row, p);
                card = true;
            }
            case SessionEvent.Audit a -> {
                if (a.outcome().equals("done") && (a.action().equals("pause") || a.action().equals("resume"))) {
                    pauses.heard(row.id(), a.action().equals("pause"));
                }
            }
            case SessionEvent.OutputLost o -> threads.say(row, Post.Text.of("Note: " + o.bytes()
                    + " bytes of the agent's output were lost while its daemon was down; the screen may be incomplete."));
            case SessionEvent.AgentMessage m -> voice.message(row, m);
            case SessionEvent.ToolCall t -> voice.toolCall(row, t);
            case SessionEvent.ToolResult t -> voice.toolResult(row, t);
            case SessionEvent.Usage u -> {
                row = daily.used(row, costs.used(row, u, record.at()));
                card = true;
            }
            case SessionEvent.BudgetRaised b -> threads.say(row, Post.Text.of(b.by().user() + " raised the session's "
                    + b.budget() + " budget by " + b.amount() + " to " + b.limit() + "."));
        }
        sessions.put(row);
        if (card) {
            threads.refreshCard(row);
        }
    }
}
