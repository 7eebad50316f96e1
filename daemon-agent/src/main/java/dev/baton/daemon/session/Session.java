package dev.baton.daemon.session;

import dev.baton.daemon.attention.AnswerOutcome;
import dev.baton.daemon.attention.AttentionTracker;
import dev.baton.daemon.attention.PromptProfile;
import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.screen.ScreenSnapshot;
import dev.baton.daemon.session.SessionCommand.*;
import dev.baton.daemon.session.input.Turn;
import dev.baton.daemon.session.input.TurnDelivery;
import dev.baton.daemon.session.output.Attachment;
import dev.baton.daemon.session.output.OutputPump;
import dev.baton.daemon.session.output.RawLog;
import dev.baton.daemon.session.output.SessionEvents;
import dev.baton.daemon.session.output.Subscriber;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One live agent session. A virtual thread owns all its state and applies {@link SessionCommand}s from a
 * bounded mailbox; other threads only send messages (see {@link #tell}) or read thread-safe views. It owns three
 * parts and decides the session's state from what they report: its output ({@link OutputPump}, {@link Attachment},
 * {@link SessionEvents}), its input ({@link TurnDelivery}) and its attention ({@link AttentionTracker}).
 */
public final class Session {
    private static final Logger log = LoggerFactory.getLogger(Session.class);

    private final SessionContext ctx;
    private final AgentTerminal terminal;
    private final ScreenModel screen;
    private final OutputPump pump;
    private final SessionEvents events;
    private final AttentionTracker attention;
    private final Mailbox mailbox = new Mailbox();
    private final TurnDelivery turns;
    private final Thread actor;
    private final Attachment attachment;
    private volatile SessionRow row;
    /** The sandbox and permission mode in force ({@link dev.baton.daemon.vendor.AgentMode}). */
    private final String mode;
    private final Termination termination = new Termination();
    private final Reports reports;
    private final dev.baton.daemon.attribution.CommitLog commits;
    private SessionEvent.DiffstatTaken lastSnapshot; // actor thread

    Session(SessionContext ctx, SessionRow row, SessionEvents events, AgentTerminal terminal, ScreenModel screen,
            RawLog rawLog, PromptProfile profile, boolean hooksExpected, String mode,
            dev.baton.daemon.attribution.CommitLog commits) {
        this.mode = mode;
        this.commits = commits;
        this.ctx = ctx;
        this.row = row;
        this.events = events;
        this.terminal = terminal;
        this.screen = screen;
        this.pump = new OutputPump(row.name(), terminal, rawLog, screen, ctx.clock()::millis,
                code -> tell(new Exited(code)), mailbox::screenChanged);
        this.attention = new AttentionTracker(profile, hooksExpected, ctx.clock(), events::append);
        this.attachment = new Attachment(events);
        this.turns = new TurnDelivery(profile.vendor(), ctx.input(), terminal, events);
        this.reports = new Reports(events, attention, dev.baton.daemon.report.EventRateLimit.standard(ctx.clock()));
        this.actor = Thread.ofVirtual().name("session-" + row.name()).unstarted(this::run);
    }

    void start() {
        pump.start();
        actor.start();
        setState(SessionState.RUNNING, "agent started (pid " + terminal.pid() + ")");
    }

    /**
     * Starts a session re-adopted from the PTY host: records that (and any output the host had to drop), sizes
     * the terminal back to the screen's size, and keeps the session running.
     */
    void startAdopted(int cols, int rows) {
        events.append(new SessionEvent.Adopted(terminal.pid(), "re-adopted from the PTY host by a new daemon"));
        if (terminal.lostBytes() > 0) {
            events.append(new SessionEvent.OutputLost(terminal.lostBytes()));
        }
        pump.resize(cols, rows);
        pump.start();
        actor.start();
        setState(SessionState.RUNNING, "re-adopted after a daemon restart (pid " + terminal.pid() + ")");
    }

    public SessionId id() { return row.id(); }

    public String name() { return row.name(); }

    public SessionRow row() { return row; }

    public SessionView view() {
        Sender a = attachment.who();
        return new SessionView(row, attention.summary(), a == null ? "" : a.toString(), attention.layers(), mode);
    }

    public ScreenSnapshot screen() {
        return screen.snapshot();
    }

    /**
     * Streams the PTY output to {@code sink} read-only (a page watcher through the hub): a repaint of the current
     * screen first, then the live bytes, with no gap between them. Ends when the session does or the sink is cut off.
     */
    public void watch(Subscriber<byte[]> sink) {
        pump.subscribe(sink, true);
    }

    /** Sends a command to the actor; false if the mailbox stayed full for a second. */
    boolean tell(SessionCommand command) {
        return mailbox.tell(command);
    }

    /** Screen changes and idle checks: the owner of the scheduler calls this a few times a second. */
    void tick() {
        mailbox.hint(new Tick());
    }

    void signal(SessionCommand command) {
        mailbox.hint(command);
    }

    /** Answers a terminal query (cursor position, device attributes) on the agent's behalf. */
    void reply(byte[] response) {
        try {
            terminal.write(response);
        } catch (java.io.IOException e) {
            log.debug("session {}: terminal reply dropped: {}", row.name(), e.getMessage());
        }
    }

    private void run() {
        MDC.put("session", row.name());
        while (true) {
            SessionCommand command;
            try {
                command = mailbox.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (!apply(command)) {
                    return;
                }
            } catch (RuntimeException e) {
                log.error("session {}: {} failed", row.name(), command.getClass().getSimpleName(), e);
            }
        }
    }

    /** Applies one command; returns false once the session is over and the actor may stop. */
    private boolean apply(SessionCommand command) {
        switch (command) {
            case Tick t -> onTick();
            case ScreenChanged c -> onTick();
            case QueueTurn q -> q.done().complete(queueTurn(q));
            case HookPermission h -> {
                attention.hookPermission(h.payload(), h.reply(), attachment.who() != null);
                syncBlocked();
            }
            case HookEvent h -> attention.hookEvent(h.name(), h.payload()).ifPresent(this::hookImplies);
            case HookGone g -> {
                attention.hookGone(g.reply());
                syncBlocked();
            }
            case AnswerPrompt a -> a.done().complete(answer(a));
            case Snapshot d -> {
                if (!d.diffstat().equals(lastSnapshot)) {
                    lastSnapshot = d.diffstat();
                    events.append(d.diffstat());
                }
            }
            case RecordAudit r -> events.append(new SessionEvent.Audit(r.actor(), r.action(), r.outcome(), r.reason()));
            case Bell b -> attention.bell(row.state());
            case Osc o -> attention.osc(o.code(), o.payload());
            case SendInput in -> in.done().complete(ctx.input().typeText(terminal, events, in.sender(), in.text(),
                    () -> afterHumanInput(in.sender())));
            case SendKeys k -> {
                attention.keysSent(k.sender());
                k.done().complete(ctx.input().sendKeys(terminal, events, k.sender(), k.keys(),
                        () -> afterHumanInput(k.sender())));
            }
            case Emit e -> {
                attention.emit(e.level(), e.reason(), e.message());
                e.done().complete(events.lastSeq());
                syncBlocked();
            }
            case Report r -> {
                Reports.Outcome outcome = reports.apply(r.events());
                syncBlocked();
                r.done().complete(outcome);
            }
            case Kill k -> {
                events.append(new SessionEvent.KillRequested(k.sender(), k.remove()));
                termination.kill(k.remove(), k.done(), terminal, ctx.scheduler(), () -> tell(new ForceKill()));
            }
            case ForceKill f -> {
                if (terminal.isAlive()) {
                    terminal.signalGroup(AgentTerminal.Signal.KILL);
                }
            }
            case Exited x -> {
                onExit(x.code());
                return false;
            }
            case Attach a -> a.done().complete(attachment.attach(a.who(), a.sink(), a.cols(), a.rows(), pump, row.name())
                    .orElse(null));
            case Detach d -> d.done().complete(attachment.release(d.who(), d.how()));
            case AttacherGone g -> {
                if (attachment.holds(g.sink())) {
                    attachment.release(null, "client disconnected");
                }
            }
            case Resize r -> pump.resize(r.cols(), r.rows());
            case RawInput raw -> {
                reply(raw.bytes());
                if (attachment.who() != null) {
                    attention.keysSent(attachment.who());
                    afterHumanInput(attachment.who());
                }
            }
            case Follow f -> {
                events.follow(f.sink());
                f.done().complete(events.lastSeq());
            }
            case Pause p -> p.done().complete(turns.pause(p.paused(), p.sender(), this::deliverNextTurn));
            case RecordActivity r -> r.done().complete(recordActivity(r.events()));
            case Shutdown s -> termination.shutdown(s.done(), terminal, ctx.scheduler(), () -> tell(new ForceKill()));
        }
        return true;
    }

    private void onTick() {
        SessionState state = row.state();
        if (state.isTerminal()) {
            return;
        }
        commits.poll().forEach(events::append);
        ScreenSnapshot snapshot = screen.snapshot();
        if (attention.screen(pump.version(), snapshot, attachment.who() != null)) {
            syncBlocked();
            return;
        }
        long quietFor = ctx.clock().millis() - pump.lastOutputMillis();
        boolean quiet = quietFor >= ctx.idleAfter().toMillis();
        boolean ready = attention.ready(snapshot);
        if (state == SessionState.RUNNING && (quiet || ready)) {
            setState(SessionState.WAITING, ready ? "ready for input" : "no output for " + quietFor + " ms");
        } else if (state == SessionState.WAITING && !quiet && !ready) {
            setState(SessionState.RUNNING, "output resumed");
        }
        deliverNextTurn();
    }

    /** A hook said what the agent does now ({@code Stop}: it waits); a blocked session stays blocked. */
    private void hookImplies(SessionState implied) {
        SessionState now = row.state();
        if (!now.isTerminal() && now != SessionState.BLOCKED && now != implied) {
            setState(implied, implied == SessionState.WAITING ? "the agent finished its turn" : "a prompt was submitted");
        }
        deliverNextTurn();
    }

    /** Applies an answer; returns null, or why it was refused (the tracker audits the refusal). */
    private String answer(AnswerPrompt a) {
        return switch (attention.answer(a.promptId(), a.inputHash(), a.decision(), a.sender(), a.message(), a.how())) {
            case AnswerOutcome.Stale stale -> stale.reason();
            case AnswerOutcome.Applied applied -> {
                if (applied.keys().length > 0) {
                    reply(applied.keys());
                }
                syncBlocked();
                yield null;
            }
        };
    }

    private boolean queueTurn(QueueTurn q) {
        if (row.state().isTerminal() || !turns.queue(new Turn(q.turnId(), q.number(), q.sender(), q.text()),
                row.name())) {
            return false;
        }
        deliverNextTurn();
        return true;
    }

    /** Before an adopted session starts: see {@link TurnDelivery#restore}. */
    void restoreTurns(List<SessionEvent> history) { turns.restore(history); }

    /** Types the next queued turn if the agent waits for input; never mid-turn. */
    private void deliverNextTurn() {
        turns.deliverNext(row.state() == SessionState.WAITING).ifPresent(turn -> {
            setState(SessionState.RUNNING, "turn #" + turn.number() + " delivered");
            afterHumanInput(turn.sender());
        });
    }

    private long recordActivity(List<SessionEvent> read) {
        for (SessionEvent e : read) {
            events.append(e);
            if (e instanceof SessionEvent.BudgetRaised b) {
                afterHumanInput(b.by());
            }
        }
        return events.lastSeq();
    }

    private void afterHumanInput(Sender sender) {
        if (attention.humanInput(sender)) {
            syncBlocked();
        }
    }

    private void syncBlocked() {
        SessionState state = row.state();
        boolean blocking = attention.blocking();
        if (blocking && state != SessionState.BLOCKED && !state.isTerminal()) {
            setState(SessionState.BLOCKED, attention.summary());
        } else if (!blocking && state == SessionState.BLOCKED) {
            setState(SessionState.RUNNING, "attention cleared");
        }
    }

    private void onExit(int code) {
        attention.sessionEnded();
        Ending ending = termination.ending(code);
        SessionState end = ending.state();
        String reason = ending.reason();
        events.append(new SessionEvent.Exited(code));
        row = row.withState(row.state(), code, ctx.clock().instant());
        setState(end, reason);
        pump.endSubscribers("session " + row.name() + " ended: " + end.wire() + " (exit " + code + ")");
        attachment.clear();
        List<String> notes = new java.util.ArrayList<>();
        if (termination.removeWorktree()) {
            notes.addAll(ctx.removal().remove(row, events::append));
            row = row.withWorktreeRemoved();
            ctx.store().update(row);
        }
        events.endFollowers("session ended: " + end.wire());
        ctx.store().flush();
        ctx.onEnded().accept(this);
        KillOutcome outcome = new KillOutcome(end.wire(), code, notes);
        termination.finished(outcome);
        terminal.close(); // the exit is recorded: a hosted agent may now be forgotten by the PTY host
    }

    private void setState(SessionState next, String reason) {
        SessionState from = row.state();
        if (from == next) {
            return;
        }
        row = row.withState(next, row.exitCode(), next.isTerminal() ? ctx.clock().instant() : null);
        ctx.store().update(row);
        events.append(new SessionEvent.StateChanged(from, next, reason));
        if (next == SessionState.WAITING || next.isTerminal()) {
            ctx.snapshots().take(row, d -> tell(new Snapshot(d)));
        }
        log.info("session {}: {} -> {} ({})", row.name(), from.wire(), next.wire(), reason);
    }
}
