package dev.baton.daemon.ipc;

import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.report.ReportedEvents;
import dev.baton.daemon.screen.ScreenSnapshot;
import dev.baton.daemon.session.KillOutcome;
import dev.baton.daemon.session.LogReplay;
import dev.baton.daemon.session.RunOutcome;
import dev.baton.daemon.session.RunRequest;
import dev.baton.daemon.session.Session;
import dev.baton.daemon.session.SessionControl;
import dev.baton.daemon.session.SessionRecaps;
import dev.baton.daemon.session.SessionView;
import dev.baton.daemon.session.Sessions;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.cli.Target;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Sender;
import dev.baton.recap.MarkdownRecap;
import dev.baton.recap.Recap;
import dev.baton.recap.RecapJson;
import dev.baton.recap.TerminalRecap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The request/response operations of the control socket, each a thin translation onto {@link Sessions}. */
public final class SessionOps {
    private final Sessions sessions;
    private final RepoInspector git;
    private final Clock clock;
    private final LogReplay replay;
    private final SessionRecaps recaps;

    public SessionOps(Sessions sessions, RepoInspector git, Clock clock, LogReplay replay) {
        this.sessions = sessions;
        this.git = git;
        this.clock = clock;
        this.replay = replay;
        this.recaps = new SessionRecaps(sessions, git, replay);
    }

    CliReply run(CliRequest.Run r) {
        RunRequest request = new RunRequest(r.name(), r.agent(), Path.of(r.repo()), r.branch(), r.prompt().orElse(""),
                sender(r.user()), Optional.empty(), r.continues());
        return switch (sessions.run(recaps.prepare(request))) {
            case RunOutcome.Started s -> new CliReply.Started(summary(s.session(), clock.instant()));
            case RunOutcome.Rejected rej -> new CliReply.Failed(rej.reason());
        };
    }

    CliReply.Listing ls(CliRequest.Ls r) {
        Instant now = clock.instant();
        Optional<String> grep = r.grep().filter(q -> !q.isBlank());
        List<SessionView> found = grep.isPresent() ? sessions.list(r.all(), grep.get()) : sessions.list(r.all());
        return new CliReply.Listing(now.toString(), found.stream().map(v -> summary(v, now)).toList());
    }

    CliReply.ScreenImage screen(CliRequest.Screen r) {
        String name = name(r.target());
        Optional<Session> live = sessions.live(name);
        ScreenSnapshot snap;
        boolean replayed = false;
        if (live.isPresent()) {
            snap = live.get().screen();
        } else {
            SessionRow row = row(name);
            snap = replay.replay(Path.of(row.logPath())).orElseThrow(
                    () -> new OpException("session '" + name + "' has no screen log at " + row.logPath()));
            replayed = true;
        }
        return new CliReply.ScreenImage(snap.cols(), snap.rows(), snap.cursorRow(), snap.cursorCol(), snap.altScreen(),
                replayed, snap.lines(), snap.text());
    }

    CliReply.Seq sendInput(CliRequest.SendInput r) {
        return new CliReply.Seq(control(r.target()).sendInput(sender(r.user()), r.text()));
    }

    CliReply.Seq sendKeys(CliRequest.SendKeys r) {
        List<Key> keys = new ArrayList<>();
        for (String k : r.keys()) {
            keys.add(Key.parse(k).orElseThrow(() -> new OpException("unknown key '" + k + "'; keys are: " + Key.HELP)));
        }
        if (keys.isEmpty()) {
            throw new OpException("no keys given; keys are: " + Key.HELP);
        }
        return new CliReply.Seq(control(r.target()).sendKeys(sender(r.user()), keys));
    }

    CliReply.Seq emit(CliRequest.Emit r) {
        AttentionLevel level = AttentionLevel.parse(r.level())
                .orElseThrow(() -> new OpException("--level must be info, notice or action"));
        AttentionReason kind = AttentionReason.parse(r.kind())
                .orElseThrow(() -> new OpException("--kind must be one of: " + AttentionReason.choices()));
        return new CliReply.Seq(control(r.target()).emit(sender(r.user()), level, kind, r.message().orElse("")));
    }

    /** {@code answer}: the TUI's answer to the open prompt, through the same path and audit as a chat answer. */
    CliReply.Message answer(CliRequest.Answer r) {
        Optional<String> refused = control(r.target()).answerPrompt(r.promptId(), r.inputHash(), r.decision(),
                sender(r.user()), "", "tui");
        if (refused.isPresent()) {
            throw new OpException(refused.get());
        }
        return new CliReply.Message(r.decision().words());
    }

    /**
     * {@code append_session_events}: validates each event (a refusal per bad one, by its index), then the session
     * records the valid ones its rate limit lets through.
     */
    CliReply.Appended appendEvents(CliRequest.AppendSessionEvents r) {
        String name = name(r.target());
        SessionControl control = control(r.target());
        ReportedEvents.Batch batch = ReportedEvents.parse(r.events(), Path.of(row(name).worktree()));
        SessionControl.ReportResult result = batch.valid().isEmpty()
                ? new SessionControl.ReportResult(0, List.of(), 0) : control.report(batch.valid());
        List<CliReply.Rejection> rejected = new ArrayList<>();
        batch.refused().forEach(x -> rejected.add(new CliReply.Rejection(x.index(), x.error())));
        result.limited().forEach(x -> rejected.add(new CliReply.Rejection(x.index(), x.error())));
        rejected.sort(java.util.Comparator.comparingLong(CliReply.Rejection::index));
        return new CliReply.Appended(result.accepted(), rejected, result.seq());
    }

    CliReply.Message detach(CliRequest.Detach r) {
        boolean was = control(r.target()).detach(sender(r.user()));
        return new CliReply.Message(was ? "detached" : "nobody was attached");
    }

    CliReply.Killed kill(CliRequest.Kill r) {
        String name = name(r.target());
        Optional<Session> live = sessions.live(name);
        KillOutcome outcome;
        if (live.isPresent()) {
            outcome = new SessionControl(live.get()).kill(sender(r.user()), r.rm());
        } else {
            SessionRow row = row(name);
            if (!r.rm()) {
                return new CliReply.Killed(row.state().wire(), Optional.ofNullable(row.exitCode()),
                        List.of("session had already ended (" + row.state().wire() + ")"));
            }
            outcome = sessions.removeEnded(row);
        }
        return new CliReply.Killed(outcome.state(), Optional.ofNullable(outcome.exitCode()), outcome.notes());
    }

    CliReply.DiffText diff(CliRequest.Diff r) {
        SessionRow row = row(name(r.target()));
        Path worktree = Path.of(row.worktree());
        if (row.worktreeRemoved() || !Files.isDirectory(worktree)) {
            throw new OpException("session '" + row.name() + "' no longer has a worktree (it was removed)");
        }
        String text = r.stat() ? git.diffStat(worktree, row.baseBranch()).render() : git.diff(worktree, row.baseBranch());
        return new CliReply.DiffText(row.baseBranch(), row.branch(), text);
    }

    /**
     * {@code recap}: the session's recap as JSON, Markdown and terminal text. With {@code prose} it includes the
     * machine-written summary (slow: the agent's CLI runs); {@code proseOn} tells the CLI whether the config asks
     * for one.
     */
    CliReply.Recapped recap(CliRequest.Recap r) {
        var row = row(name(r.target()));
        Recap recap = r.prose() ? recaps.withProse(row) : recaps.recap(row);
        return new CliReply.Recapped(RecapJson.toMap(recap), MarkdownRecap.render(recap), TerminalRecap.render(recap),
                recaps.proseOn(), recaps.proseTimeout().toSeconds());
    }

    /** {@code budget}: a session's spend against its limits; with a raise, the raise. */
    CliReply.BudgetState budget(CliRequest.Budget r) {
        return new BudgetOps(sessions).budget(row(name(r.target())), r, sender(r.user()));
    }

    private SessionControl control(Target target) {
        String name = name(target);
        return new SessionControl(sessions.live(name).orElseThrow(() -> notLive(name)));
    }

    private OpException notLive(String name) {
        return sessions.find(name)
                .map(row -> new OpException("session '" + name + "' is not running (" + row.state().wire() + ")"))
                .orElseGet(() -> unknown(name));
    }

    SessionRow row(String name) {
        return sessions.find(name).orElseThrow(() -> unknown(name));
    }

    static OpException unknown(String name) {
        return new OpException("no session named '" + name + "' and none with that id (agent ls --all lists them)");
    }

    /**
     * The session's name: the target's {@code name} (a session's name, or else its id: {@code s-…}), or, inside a
     * session, the session whose id the request carries.
     */
    String name(Target target) {
        if (target.name().isPresent()) {
            String given = target.name().get();
            if (sessions.find(given).isPresent()) {
                return given;
            }
            return byId(given).orElse(given); // unknown either way: the caller says "no session named …"
        }
        String id = target.sessionId().orElseThrow(() -> new OpException("which session? give its NAME or id"));
        return byId(id).orElseThrow(() -> new OpException("no session with id " + id));
    }

    private Optional<String> byId(String id) {
        return sessions.store().sessions().stream().filter(s -> s.id().value().equals(id)).map(SessionRow::name)
                .findFirst();
    }

    static Sender sender(Optional<String> user) {
        return new Sender(Sender.Surface.CLI, user.filter(u -> !u.isBlank()).orElse("unknown"));
    }

    private SessionSummary summary(SessionView v, Instant now) {
        SessionRow row = v.row();
        return new SessionSummary(row.id(), row.name(), row.agent(), row.state(), v.attention(), row.repo(),
                row.baseBranch(), row.branch(), row.worktree(), row.worktreeRemoved(), row.owner(), row.pid(),
                Optional.ofNullable(row.exitCode()), row.createdAt().toString(), row.ended().map(Instant::toString),
                v.elapsed(now).toMillis(),
                row.logPath(), v.attachedBy(), v.layers(), v.mode(),
                Optional.of(sessions.activity().usage(row.id()).toWire()));
    }
}
