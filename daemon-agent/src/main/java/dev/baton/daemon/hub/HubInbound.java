package dev.baton.daemon.hub;

import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.session.RunOutcome;
import dev.baton.daemon.session.RunRequest;
import dev.baton.daemon.session.Session;
import dev.baton.daemon.session.LogReplay;
import dev.baton.daemon.session.SessionControl;
import dev.baton.daemon.session.SessionRecaps;
import dev.baton.daemon.session.Sessions;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.recap.RecapJson;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.wire.WireMessage.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies what the hub asks of this daemon to the session registry; answers go back through {@code reply}. */
final class HubInbound {
    private static final Logger log = LoggerFactory.getLogger(HubInbound.class);
    /** The screen size a recap of an ended session replays its log at (a live one uses its own screen). */
    private static final int REPLAY_COLS = 120;
    private static final int REPLAY_ROWS = 40;
    private final Sessions sessions;
    private final RepoInspector git;
    private final Consumer<String> hubSession;
    private final SessionRecaps recaps;
    private final PtyFeeds feeds;
    private final Consumer<WireMessage> later;

    /** {@code out} sends what the daemon volunteers: PTY output for watched sessions, and slow answers (recaps). */
    HubInbound(Sessions sessions, RepoInspector git, Consumer<String> hubSession,
               java.util.function.Predicate<WireMessage> out) {
        this.sessions = sessions;
        this.git = git;
        this.hubSession = hubSession;
        this.feeds = new PtyFeeds(out);
        this.later = out::test;
        this.recaps = new SessionRecaps(sessions, git, new LogReplay(REPLAY_COLS, REPLAY_ROWS));
    }

    /** Applies one message; returns the reply to send, if any. */
    Optional<WireMessage> apply(WireMessage m) {
        return switch (m) {
            case StartSession s -> Optional.of(start(s));
            case DeliverTurn t -> {
                sessions.attribution().learn(t.sender(), t.coAuthor());
                live(t.sessionId()).ifPresentOrElse(
                        s -> new SessionControl(s).queueTurn(t.turnId(), t.number(), t.sender(), t.text()),
                        () -> log.info("turn {} for session {} dropped: the session is not running", t.turnId(), t.sessionId()));
                yield Optional.empty();
            }
            case SendKeys k -> {
                List<Key> keys = new ArrayList<>();
                k.keys().forEach(name -> Key.parse(name).ifPresent(keys::add));
                live(k.sessionId()).ifPresent(s -> new SessionControl(s).sendKeys(k.sender(), keys));
                yield Optional.empty();
            }
            case Kill k -> {
                live(k.sessionId()).ifPresentOrElse(
                        s -> Thread.ofVirtual().start(() -> new SessionControl(s).kill(k.sender(), k.remove())),
                        () -> row(k.sessionId()).filter(r -> k.remove()).ifPresent(sessions::removeEnded));
                yield Optional.empty();
            }
            case Query q when q.kind() instanceof QueryKind.Recap || q.kind() instanceof QueryKind.RecapProse -> {
                // a recap reads every event (and a prose summary runs the agent's CLI): never on the link's thread
                Thread.ofVirtual().name("recap-query").start(() -> later.accept(query(q)));
                yield Optional.empty();
            }
            case Query q -> Optional.of(query(q));
            case AnswerPrompt a -> {
                sessions.attribution().learn(a.sender(), a.coAuthor());
                live(a.sessionId()).ifPresent(s -> new SessionControl(s).answerPrompt(a.promptId(), a.inputHash(),
                        a.decision(), a.sender(),
                        a.message()));
                yield Optional.empty();
            }
            case AuditNote n -> {
                live(n.sessionId()).ifPresent(s -> new SessionControl(s).audit(n.actor(), n.action(),
                        n.outcome(), n.reason()));
                yield Optional.empty();
            }
            case Watch w -> {
                if (w.on()) {
                    live(w.sessionId()).ifPresent(feeds::start);
                } else {
                    feeds.stop(w.sessionId().value());
                }
                yield Optional.empty();
            }
            case Pause p -> {
                live(p.sessionId()).ifPresent(s -> new SessionControl(s).pause(p.sender(), p.paused()));
                yield Optional.empty();
            }
            case RaiseBudget r -> {
                live(r.sessionId()).ifPresent(s -> raise(s, r));
                yield Optional.empty();
            }
            case PtyOutput o -> Optional.empty();
            case Hello h -> Optional.empty();
            case StartResult r -> Optional.empty();
            case Event e -> Optional.empty();
            case QueryResult r -> Optional.empty();
            case Welcome w -> Optional.empty();
            case Rejected r -> Optional.empty();
            case Ack a -> Optional.empty();
            case Heartbeat h -> Optional.empty(); // the link keeps these
        };
    }

    private WireMessage start(StartSession s) {
        Optional<SessionRow> existing = row(s.sessionId());
        if (existing.isPresent()) {
            return started(s, existing.get());
        }
        hubSession.accept(s.sessionId().value());
        sessions.attribution().learn(s.owner(), s.coAuthor());
        RunRequest request = new RunRequest(s.name(), Optional.of(s.agent()).filter(a -> !a.isBlank()), Path.of(s.repo()),
                Optional.of(s.branch()).filter(b -> !b.isBlank()), s.prompt(), s.owner(),
                Optional.of(s.sessionId()), Optional.of(s.continues()).filter(c -> !c.isBlank()));
        return switch (sessions.run(recaps.prepare(request))) {
            case RunOutcome.Started st -> started(s, st.session().row());
            case RunOutcome.Rejected r -> new StartResult(s.requestId(), s.sessionId(), false, r.reason(), s.name(),
                    s.agent(), s.repo(), "", "");
        };
    }

    private static StartResult started(StartSession s, SessionRow row) {
        return new StartResult(s.requestId(), row.id(), true, "", row.name(), row.agent(), row.repo(),
                row.baseBranch(), row.branch());
    }

    private WireMessage query(Query q) {
        if (q.kind() instanceof QueryKind.Branches b) {
            return branches(q, b.repo());
        }
        Optional<SessionRow> row = row(q.sessionId());
        if (row.isEmpty()) {
            return new QueryResult(q.requestId(), false, "this daemon has no such session");
        }
        try {
            return switch (q.kind()) {
                case QueryKind.Screen k -> live(q.sessionId()).map(s -> new QueryResult(q.requestId(), true, s.screen().text()))
                        .orElse(new QueryResult(q.requestId(), false, "the session is not running"));
                case QueryKind.Diff k -> diff(q, row.get(), true);
                case QueryKind.Diffstat k -> diff(q, row.get(), false);
                case QueryKind.Recap k -> new QueryResult(q.requestId(), true, RecapJson.write(recaps.recap(row.get())));
                case QueryKind.RecapProse k -> recaps.proseOn()
                        ? new QueryResult(q.requestId(), true, RecapJson.write(recaps.withProse(row.get())))
                        : new QueryResult(q.requestId(), false, "off");
                case QueryKind.Attention k -> new QueryResult(q.requestId(), true,
                        EventHistory.json(sessions.store(), row.get().id(),
                                dev.baton.protocol.event.PageHistory::shown, dev.baton.protocol.event.PageHistory.KEEP));
                case QueryKind.Transcript k -> new QueryResult(q.requestId(), true,
                        EventHistory.json(sessions.store(), row.get().id(),
                                dev.baton.protocol.event.Conversation::shown, dev.baton.protocol.event.Conversation.KEEP));
                case QueryKind.Files k -> files(q, row.get(), wt -> dev.baton.protocol.json.Json.write(wt.list()));
                case QueryKind.File f -> files(q, row.get(), wt -> wt.read(f.path()));
                case QueryKind.FileDiff f -> files(q, row.get(), wt -> {
                    WorktreeFiles.problem(f.path()).ifPresent(p -> {
                        throw new IllegalArgumentException(p);
                    });
                    return WorktreeFiles.fileDiff(git.diff(Path.of(row.get().worktree()), row.get().baseBranch()), f.path());
                });
                case QueryKind.Branches b -> branches(q, b.repo());
            };
        } catch (RuntimeException | java.io.IOException e) {
            return new QueryResult(q.requestId(), false, e.getMessage());
        }
    }

    /** {@code branches:REPO}: only for a repo this daemon offers the hub ({@code [daemon] repos}). */
    private QueryResult branches(Query q, String repo) {
        boolean offered = sessions.config().daemon().repos().stream().map(Path::toString).anyMatch(repo::equals);
        if (!offered) {
            return new QueryResult(q.requestId(), false, "this daemon does not offer repo " + repo);
        }
        try {
            return new QueryResult(q.requestId(), true, dev.baton.protocol.json.Json.write(git.branches(Path.of(repo))));
        } catch (RuntimeException e) {
            return new QueryResult(q.requestId(), false, e.getMessage());
        }
    }

    private QueryResult diff(Query q, SessionRow row, boolean full) throws java.io.IOException {
        Path wt = Path.of(row.worktree());
        if (!Files.isDirectory(wt)) {
            return new QueryResult(q.requestId(), false, "the worktree was removed");
        }
        String text = full ? git.diff(wt, row.baseBranch()) : git.diffStat(wt, row.baseBranch()).render();
        return new QueryResult(q.requestId(), true, text);
    }

    /** What the page's read-only file browser asks of a worktree. */
    @FunctionalInterface
    private interface FileQuery {
        String answer(WorktreeFiles files) throws java.io.IOException;
    }

    /** {@code files}, {@code file:PATH}, {@code filediff:PATH}: the page's read-only file browser. */
    private QueryResult files(Query q, SessionRow row, FileQuery query) throws java.io.IOException {
        Path wt = Path.of(row.worktree());
        if (!Files.isDirectory(wt)) {
            return new QueryResult(q.requestId(), false, "the worktree was removed");
        }
        try {
            return new QueryResult(q.requestId(), true, query.answer(new WorktreeFiles(wt)));
        } catch (IllegalArgumentException e) {
            return new QueryResult(q.requestId(), false, e.getMessage());
        }
    }

    /** The hub link dropped: the hub asks again for what it still wants to watch. */
    void linkDown() {
        feeds.stopAll();
    }

    /** A budget card's raise, checked at the hub: applied as {@code agent budget --raise} is; a refusal is audited. */
    private void raise(Session s, RaiseBudget r) {
        String why;
        try {
            why = switch (sessions.activity().raise(r.sessionId(), r.sender(), new java.math.BigDecimal(r.usd()), 0)) {
                case dev.baton.daemon.activity.Activities.RaiseOutcome.Raised done -> "";
                case dev.baton.daemon.activity.Activities.RaiseOutcome.Refused no -> no.reason();
            };
        } catch (NumberFormatException e) {
            why = "not dollars: " + r.usd();
        }
        if (!why.isEmpty()) {
            log.info("session {}: budget raise by {} refused: {}", r.sessionId(), r.sender(), why);
            new SessionControl(s).audit(r.sender(), "raise_budget", "refused", why);
        }
    }

    private Optional<Session> live(SessionId id) {
        return sessions.liveById(id);
    }

    private Optional<SessionRow> row(SessionId id) {
        return sessions.store().sessions().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
