package dev.baton.hub;

import dev.baton.chat.Post;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.sessions.EventText;
import dev.baton.hub.store.HubSessionRow;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.protocol.wire.WireMessage.*;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Daemons coming and going, and what they send: session starts, events and query answers. Core thread. */
final class DaemonHandler {
    private final HubState state;
    private final PromptAnswers prompts;
    private final Recaps recaps;
    private final Pages pages;

    DaemonHandler(HubState state, PromptAnswers prompts, Recaps recaps, Pages pages) {
        this.state = state;
        this.prompts = prompts;
        this.recaps = recaps;
        this.pages = pages;
    }

    void up(DaemonLink link) {
        DaemonLink old = state.online.put(link.name(), link);
        if (old != null && old != link) {
            old.send(new Frame(0, 0, new Rejected("replaced by a newer connection of the same daemon")));
        }
        Map<String, Long> resume = new HashMap<>();
        state.sessions.onDaemon(link.name()).forEach(s -> resume.put(s.id(), s.lastSeq()));
        link.send(new Frame(0, 0, new Welcome("baton-hub", resume)));
        state.store.acked(link.name(), link.hello().ack());
        List<String> pending = state.store.unacked(link.name());
        pending.forEach(link::sendText); // stored as sent: no re-encoding
        for (HubSessionRow s : state.sessions.onDaemon(link.name())) {
            if (!s.ended()) {
                state.refreshCard(s);
            }
        }
    }

    void down(DaemonLink link) {
        if (state.online.get(link.name()) != link) {
            return;
        }
        state.online.remove(link.name());
        for (HubSessionRow s : state.sessions.onDaemon(link.name())) {
            if (!s.ended()) {
                state.refreshCard(s);
            }
        }
    }

    void frame(DaemonLink link, Frame frame) {
        if (frame.ack() > 0) {
            state.store.acked(link.name(), frame.ack());
        }
        switch (frame.message()) {
            case Event e -> event(e.record());
            case StartResult r -> started(r);
            case QueryResult q -> Optional.ofNullable(state.queries.remove(q.requestId())).ifPresent(f -> f.complete(q));
            case PtyOutput o -> pages.output(o);
            case Watch w -> { }
            case Pause p -> { }
            case Hello h -> { }
            case Ack a -> { }
            case WireMessage.Heartbeat h -> { } // the endpoint keeps these
            case Welcome w -> { }
            case WireMessage.Rejected r -> { }
            case StartSession s -> { }
            case DeliverTurn d -> { }
            case SendKeys k -> { }
            case Kill k -> { }
            case Query q -> { }
            case AnswerPrompt a -> { }
            case AuditNote a -> { }
        }
    }

    private void started(StartResult r) {
        state.sessions.byId(r.sessionId()).ifPresent(row -> {
            if (!row.state().equals("starting")) {
                return;
            }
            HubSessionRow next = r.started() ? row.withBranch(r.baseBranch(), r.branch(), r.repo())
                    : row.withState("not started", "");
            state.sessions.put(next);
            state.refreshCard(next);
            if (!r.started()) {
                state.say(row, Post.Text.of("Could not start: " + r.reason()));
            }
        });
    }

    private void event(EventRecord record) {
        Optional<HubSessionRow> found = state.sessions.byId(record.session().value());
        if (found.isEmpty() || record.seq() <= found.get().lastSeq()) {
            return;
        }
        HubSessionRow row = found.get().withLastSeq(record.seq());
        boolean card = false;
        dev.baton.protocol.event.AuditTrail.entry(record.event()).ifPresent(a -> state.store.access().putAudit(
                new dev.baton.hub.store.AuditRow(record.session().value(), record.seq(), record.at().toEpochMilli(),
                        a.actor(), a.action(), a.outcome(), a.reason())));
        switch (record.event()) {
            case SessionEvent.Created c -> {
                row = row.withBranch(c.baseBranch(), c.branch(), c.repo());
                if (!c.mode().isEmpty()) {
                    state.store.putFact(row.id(), "mode", c.mode());
                }
                card = true;
            }
            case SessionEvent.StateChanged s -> {
                row = row.withState(s.to().wire(), s.to().isTerminal() ? "" : row.attention());
                card = true;
                if (s.to().isTerminal()) {
                    state.say(row, Post.Text.of(EventText.ended(s)));
                    recaps.post(row, "Final recap of " + row.name() + " (" + s.to().wire() + ")", HubState.ownerMentions(row));
                }
            }
            case SessionEvent.Attention a -> {
                state.layers.computeIfAbsent(row.id(), k -> new java.util.HashSet<>()).add(a.layer().wire());
                if (a.level() == AttentionLevel.ACTION) {
                    row = row.withState(row.state(), a.level().wire() + ":" + a.reason().wire() + " " + a.message());
                    state.say(row, new Post.Text(EventText.attention(a), HubState.ownerMentions(row)));
                } else if (a.level() == AttentionLevel.NOTICE) {
                    state.say(row, Post.Text.of(EventText.attention(a)));
                }
                card = true;
            }
            case SessionEvent.AttentionCleared c -> {
                row = row.withState(row.state(), "");
                card = true;
            }
            case SessionEvent.TurnQueued t -> acknowledge(t.turnId(), "queued #" + t.number() + (t.ahead() > 0 ? " (" + t.ahead() + " ahead)" : ""));
            case SessionEvent.TurnDelivered t -> acknowledge(t.turnId(), "delivered");
            case SessionEvent.WorktreeRemoved w -> state.say(row, Post.Text.of("Worktree removed; branch "
                    + w.branch() + (w.branchKept() ? " kept (it has commits)" : " deleted (no commits)")));
            case SessionEvent.ArtifactSaved a -> {
                if (a.kind().equals("patch")) {
                    state.say(row, Post.Text.of("Uncommitted work saved as " + a.kind() + ": " + a.path()));
                } // commits and declared files show on the page and in recaps, not as posts
            }
            case SessionEvent.Emitted e -> { } // a notice or action also came as an Attention, which posts
            case SessionEvent.InputSent i -> { }
            case SessionEvent.KeysSent k -> { }
            case SessionEvent.Attached a -> { }
            case SessionEvent.Detached d -> { }
            case SessionEvent.Exited e -> { }
            case SessionEvent.KillRequested k -> { }
            case SessionEvent.Adopted a -> state.say(row, Post.Text.of("The daemon restarted; the agent kept"
                    + " running and the session carries on."));
            case SessionEvent.PromptOpened p -> {
                state.layers.computeIfAbsent(row.id(), k -> new java.util.HashSet<>()).add(p.layer().wire());
                row = row.withState(row.state(), "action:permission " + (p.tool().isEmpty() ? "" : p.tool() + ": ") + p.detail());
                prompts.opened(row, p);
                card = true;
            }
            case SessionEvent.PromptAnswered p -> {
                row = row.withState(row.state(), "");
                prompts.answered(row, p);
                card = true;
            }
            case SessionEvent.Audit a -> {
                if (a.outcome().equals("done") && a.action().equals("pause")) {
                    state.paused.add(row.id());
                } else if (a.outcome().equals("done") && a.action().equals("resume")) {
                    state.paused.remove(row.id());
                }
            }
            case SessionEvent.OutputLost o -> state.say(row, Post.Text.of("Note: " + o.bytes()
                    + " bytes of the agent's output were lost while its daemon was down; the screen may be incomplete."));
        }
        state.sessions.put(row);
        if (card) {
            state.refreshCard(row);
        }
    }

    private void acknowledge(String turnId, String status) {
        state.store.turn(turnId).ifPresent(t -> {
            int slash = t.message().lastIndexOf('#');
            dev.baton.chat.ThreadRef thread = dev.baton.chat.ThreadRef.parse(t.message().substring(0, slash));
            state.surface(thread).ifPresent(s -> s.acknowledge(new dev.baton.chat.MessageRef(thread, t.message().substring(slash + 1)), status));
        });
    }
}
