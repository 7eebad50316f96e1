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
                        s -> new SessionControl(s).queueTurn(t.turnId(), t.number(), Sender.parse(t.sender()), t.text()),
                        () -> log.info("turn {} for session {} dropped: the session is not running", t.turnId(), t.sessionId()));
                yield Optional.empty();
            }
            case SendKeys k -> {
                List<Key> keys = new ArrayList<>();
                k.keys().forEach(name -> Key.parse(name).ifPresent(keys::add));
                live(k.sessionId()).ifPresent(s -> new SessionControl(s).sendKeys(Sender.parse(k.sender()), keys));
                yield Optional.empty();
            }
            case Kill k -> {
                live(k.sessionId()).ifPresentOrElse(
                        s -> Thread.ofVirtual().start(() -> new SessionControl(s).kill(Sender.parse(k.sender()), k.remove())),
                        () -> row(k.sessionId()).filter(r -> k.remove()).ifPresent(sessions::removeEnded));
                yield Optional.empty();
            }
            case Query q when q.kind().startsWith("recap") -> {
                // a recap reads every event (and a prose summary runs the agent's CLI): never on the link's thread
                Thread.ofVirtual().name("recap-query").start(() -> later.accept(query(q)));
                yield Optional.empty();
            }
            case Query q -> Optional.of(query(q));
            case AnswerPrompt a -> {
                sessions.attribution().learn(a.sender(), a.coAuthor());
                live(a.sessionId()).ifPresent(s -> new SessionControl(s).answerPrompt(a.promptId(), a.inputHash(),
                        dev.baton.protocol.session.Decision.fromWire(a.decision()).orElseThrow(), Sender.parse(a.sender()),
                        a.message()));
                yield Optional.empty();
            }
            case AuditNote n -> {
                live(n.sessionId()).ifPresent(s -> new SessionControl(s).audit(Sender.parse(n.actor()), n.action(),
                        n.outcome(), n.reason()));
                yield Optional.empty();
            }
            case Watch w -> {
                if (w.on()) {
                    live(w.sessionId()).ifPresent(feeds::start);
                } else {
                    feeds.stop(w.sessionId());
                }
                yield Optional.empty();
            }
            case Pause p -> {
                live(p.sessionId()).ifPresent(s -> new SessionControl(s).pause(Sender.parse(p.sender()), p.paused()));
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
        hubSession.accept(s.sessionId());
        sessions.attribution().learn(s.owner(), s.coAuthor());
        RunRequest request = new RunRequest(s.name(), Optional.of(s.agent()).filter(a -> !a.isBlank()), Path.of(s.repo()),
                Optional.of(s.branch()).filter(b -> !b.isBlank()), s.prompt(), Sender.parse(s.owner()),
                Optional.of(new SessionId(s.sessionId())), Optional.of(s.continues()).filter(c -> !c.isBlank()));
        return switch (sessions.run(recaps.prepare(request))) {
            case RunOutcome.Started st -> started(s, st.session().row());
            case RunOutcome.Rejected r -> new StartResult(s.requestId(), s.sessionId(), false, r.reason(), s.name(),
                    s.agent(), s.repo(), "", "");
        };
    }

    private static StartResult started(StartSession s, SessionRow row) {
        return new StartResult(s.requestId(), row.id().value(), true, "", row.name(), row.agent(), row.repo(),
                row.baseBranch(), row.branch());
    }

    private WireMessage query(Query q) {
        Optional<SessionRow> row = row(q.sessionId());
        if (row.isEmpty()) {
            return new QueryResult(q.requestId(), false, "this daemon has no such session");
        }
        try {
            return switch (q.kind()) {
                case "screen" -> live(q.sessionId()).map(s -> new QueryResult(q.requestId(), true, s.screen().text()))
                        .orElse(new QueryResult(q.requestId(), false, "the session is not running"));
                case "diff", "diffstat" -> {
                    Path wt = Path.of(row.get().worktree());
                    if (!Files.isDirectory(wt)) {
                        yield new QueryResult(q.requestId(), false, "the worktree was removed");
                    }
                    String text = q.kind().equals("diff") ? git.diff(wt, row.get().baseBranch())
                            : git.diffStat(wt, row.get().baseBranch()).render();
                    yield new QueryResult(q.requestId(), true, text);
                }
                case "recap" -> new QueryResult(q.requestId(), true, RecapJson.write(recaps.recap(row.get())));
                case "recap-prose" -> recaps.proseOn()
                        ? new QueryResult(q.requestId(), true, RecapJson.write(recaps.withProse(row.get())))
                        : new QueryResult(q.requestId(), false, "off");
                case "attention" -> new QueryResult(q.requestId(), true, AttentionHistory.json(sessions.store(), row.get().id()));
                default -> files(q, row.get());
            };
        } catch (RuntimeException | java.io.IOException e) {
            return new QueryResult(q.requestId(), false, e.getMessage());
        }
    }

    /** {@code files}, {@code file:PATH}, {@code filediff:PATH}: the page's read-only file browser. */
    private WireMessage files(Query q, SessionRow row) throws java.io.IOException {
        Path wt = Path.of(row.worktree());
        if (!Files.isDirectory(wt)) {
            return new QueryResult(q.requestId(), false, "the worktree was removed");
        }
        WorktreeFiles files = new WorktreeFiles(wt);
        try {
            if (q.kind().equals("files")) {
                return new QueryResult(q.requestId(), true, dev.baton.protocol.json.Json.write(files.list()));
            }
            if (q.kind().startsWith("file:")) {
                return new QueryResult(q.requestId(), true, files.read(q.kind().substring(5)));
            }
            if (q.kind().startsWith("filediff:")) {
                String path = q.kind().substring(9);
                WorktreeFiles.problem(path).ifPresent(p -> {
                    throw new IllegalArgumentException(p);
                });
                return new QueryResult(q.requestId(), true, WorktreeFiles.fileDiff(git.diff(wt, row.baseBranch()), path));
            }
        } catch (IllegalArgumentException e) {
            return new QueryResult(q.requestId(), false, e.getMessage());
        }
        return new QueryResult(q.requestId(), false, "unknown query '" + q.kind() + "'");
    }

    /** The hub link dropped: the hub asks again for what it still wants to watch. */
    void linkDown() {
        feeds.stopAll();
    }

    private Optional<Session> live(String id) {
        return sessions.liveById(new SessionId(id));
    }

    private Optional<SessionRow> row(String id) {
        return sessions.store().sessions().stream().filter(r -> r.id().value().equals(id)).findFirst();
    }
}
