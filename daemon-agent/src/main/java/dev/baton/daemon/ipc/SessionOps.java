package dev.baton.daemon.ipc;

import dev.baton.daemon.git.RepoInspector;
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
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    Map<String, Object> run(Fields r) {
        RunRequest request = new RunRequest(r.string("name"), r.optString("agent"), Path.of(r.string("repo")),
                r.optString("branch"), r.optString("prompt").orElse(""), sender(r), Optional.empty(),
                r.optString("continues"));
        return switch (sessions.run(recaps.prepare(request))) {
            case RunOutcome.Started s -> Json.object("ok", true, "session", s.session().toJson(clock.instant()));
            case RunOutcome.Rejected rej -> RequestHandler.error(rej.reason());
        };
    }

    Map<String, Object> ls(Fields r) {
        List<Object> rows = new ArrayList<>();
        Optional<String> grep = r.optString("grep").filter(q -> !q.isBlank());
        List<SessionView> found = grep.isPresent()
                ? sessions.list(r.flag("all"), grep.get()) : sessions.list(r.flag("all"));
        for (SessionView v : found) {
            Map<String, Object> row = new java.util.LinkedHashMap<>(v.toJson(clock.instant()));
            row.put("usage", sessions.activity().usage(v.row().id()).toJson());
            rows.add(row);
        }
        return Json.object("ok", true, "now", clock.instant().toString(), "sessions", rows);
    }

    Map<String, Object> screen(Fields r) {
        String name = name(r);
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
        return Json.object("ok", true, "cols", snap.cols(), "rows", snap.rows(), "cursor_row", snap.cursorRow(),
                "cursor_col", snap.cursorCol(), "alt_screen", snap.altScreen(), "replayed", replayed,
                "lines", snap.lines(), "text", snap.text());
    }

    Map<String, Object> sendInput(Fields r) {
        long seq = control(r).sendInput(sender(r), r.string("text"));
        return Json.object("ok", true, "seq", seq);
    }

    Map<String, Object> sendKeys(Fields r) {
        List<Key> keys = new ArrayList<>();
        for (String k : r.strings("keys")) {
            keys.add(Key.parse(k).orElseThrow(() -> new OpException("unknown key '" + k + "'; keys are: " + Key.HELP)));
        }
        if (keys.isEmpty()) {
            throw new OpException("no keys given; keys are: " + Key.HELP);
        }
        return Json.object("ok", true, "seq", control(r).sendKeys(sender(r), keys));
    }

    Map<String, Object> emit(Fields r) {
        AttentionLevel level = AttentionLevel.parse(r.string("level"))
                .orElseThrow(() -> new OpException("--level must be info, notice or action"));
        AttentionReason kind = AttentionReason.parse(r.string("kind"))
                .orElseThrow(() -> new OpException("--kind must be one of: " + AttentionReason.choices()));
        return Json.object("ok", true, "seq", control(r).emit(sender(r), level, kind, r.optString("message").orElse("")));
    }

    Map<String, Object> detach(Fields r) {
        boolean was = control(r).detach(sender(r));
        return Json.object("ok", true, "message", was ? "detached" : "nobody was attached");
    }

    Map<String, Object> kill(Fields r) {
        String name = name(r);
        boolean rm = r.flag("rm");
        Optional<Session> live = sessions.live(name);
        KillOutcome outcome;
        if (live.isPresent()) {
            outcome = new SessionControl(live.get()).kill(sender(r), rm);
        } else {
            SessionRow row = row(name);
            if (!rm) {
                return Json.object("ok", true, "state", row.state().wire(), "exit_code", row.exitCode(),
                        "notes", List.of("session had already ended (" + row.state().wire() + ")"));
            }
            outcome = sessions.removeEnded(row);
        }
        return Json.object("ok", true, "state", outcome.state(), "exit_code", outcome.exitCode(), "notes", outcome.notes());
    }

    Map<String, Object> diff(Fields r) {
        SessionRow row = row(name(r));
        Path worktree = Path.of(row.worktree());
        if (row.worktreeRemoved() || !Files.isDirectory(worktree)) {
            throw new OpException("session '" + row.name() + "' no longer has a worktree (it was removed)");
        }
        String text = r.flag("stat") ? git.diffStat(worktree, row.baseBranch()).render() : git.diff(worktree, row.baseBranch());
        return Json.object("ok", true, "base", row.baseBranch(), "branch", row.branch(), "diff", text);
    }

    /**
     * {@code recap}: the session's recap as JSON, Markdown ({@code markdown}) and terminal text. With {@code prose}
     * it includes the machine-written summary (slow: the agent's CLI runs); {@code prose_on} tells the CLI whether
     * the config asks for one.
     */
    Map<String, Object> recap(Fields r) {
        var row = row(name(r));
        Recap recap = r.flag("prose") ? recaps.withProse(row) : recaps.recap(row);
        return Json.object("ok", true, "recap", RecapJson.toMap(recap), "markdown", MarkdownRecap.render(recap),
                "text", TerminalRecap.render(recap), "prose_on", recaps.proseOn(),
                "prose_timeout_s", recaps.proseTimeout().toSeconds());
    }

    /** {@code budget}: a session's spend against its limits; with {@code raise_usd} or {@code raise_tokens}, a raise. */
    Map<String, Object> budget(Fields r) {
        return new BudgetOps(sessions).budget(row(name(r)), r, sender(r));
    }

    private SessionControl control(Fields r) {
        String name = name(r);
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
        return new OpException("no session named '" + name + "' (agent ls --all lists them)");
    }

    /** The session's name, or the session whose id the request carries (inside a session). */
    String name(Fields r) {
        Optional<String> name = r.optString("name");
        if (name.isPresent()) {
            return name.get();
        }
        String id = r.optString("session_id").orElseThrow(() -> new OpException("which session? give its NAME"));
        return sessions.store().sessions().stream().filter(s -> s.id().value().equals(id)).map(SessionRow::name)
                .findFirst().orElseThrow(() -> new OpException("no session with id " + id));
    }

    static Sender sender(Fields r) {
        return new Sender(Sender.Surface.CLI, r.optString("user").filter(u -> !u.isBlank()).orElse("unknown"));
    }
}
