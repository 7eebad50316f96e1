package dev.baton.daemon.session;

import dev.baton.daemon.git.DiffStat;
import dev.baton.daemon.git.GitException;
import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.recap.Recap;
import dev.baton.recap.RecapBuilder;
import dev.baton.recap.SessionFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers a session's facts for its recap: the stored events, the worktree's diffstat against the base (the same
 * numbers as {@code git diff --stat}, untracked files included), the commits beyond the base, the files that differ
 * from HEAD, and the screen (live, or replayed from the raw log).
 */
public final class SessionRecaps {
    private static final Logger log = LoggerFactory.getLogger(SessionRecaps.class);
    private static final int PAGE = 1_000;
    private final Sessions sessions;
    private final RepoInspector git;
    private final LogReplay replay;

    public SessionRecaps(Sessions sessions, RepoInspector git, LogReplay replay) {
        this.sessions = sessions;
        this.git = git;
        this.replay = replay;
    }

    /**
     * The session's recap, built while its events are read page by page (none are held after their page): a long
     * session's events would otherwise fill the heap, and every young collection would copy them.
     */
    public Recap recap(SessionRow row) {
        Looks looks = lookAt(row);
        RecapBuilder.Walk walk = RecapBuilder.walk();
        forEachEvent(row, walk::add);
        return walk.recap(looks.worktree().join(), looks.screen().join());
    }

    /**
     * A run request as the agent should get it: one that continues an ended session starts with that session's
     * recap (read before its worktree is taken over).
     */
    public RunRequest prepare(RunRequest request) {
        return request.continues().flatMap(name -> sessions.store().byName(name))
                .map(old -> request.withPrompt(ContinuationPrompt.of(recap(old), request.prompt()))).orElse(request);
    }

    /** Whether this daemon's config turns prose summaries on ({@code [daemon] recap_prose}). */
    public boolean proseOn() {
        return sessions.config().daemon().recapProse();
    }

    public java.time.Duration proseTimeout() {
        return sessions.config().daemon().recapProseTimeout();
    }

    /**
     * The recap with its prose summary, written by the session's own agent CLI under the configured timeout; the
     * summary says why it is missing when it cannot be written.
     */
    public Recap withProse(SessionRow row) {
        SessionFacts facts = facts(row);
        Recap recap = RecapBuilder.build(facts);
        var agent = sessions.config().agent(row.agent());
        if (agent.isEmpty()) {
            return recap.withProse(Recap.Prose.failed(row.agent(), "the agent '" + row.agent()
                    + "' is no longer in this daemon's config"));
        }
        return recap.withProse(ProseSummary.write(recap, facts.events(), agent.get(), sessions.helperEnv(agent.get()),
                sessions.config().daemon().recapProseTimeout()));
    }

    /** The events are read while the worktree and the screen are looked at on a second thread. */
    SessionFacts facts(SessionRow row) {
        Looks looks = lookAt(row);
        List<SessionEvent> events = new ArrayList<>();
        forEachEvent(row, events::add);
        return new SessionFacts(events, looks.worktree().join(), looks.screen().join());
    }

    /** What the worktree and the screen show, being found out on a second thread. */
    private record Looks(CompletableFuture<Optional<SessionFacts.Worktree>> worktree, CompletableFuture<String> screen) {}

    private Looks lookAt(SessionRow row) {
        Looks looks = new Looks(new CompletableFuture<>(), new CompletableFuture<>());
        Thread.ofVirtual().name("recap-" + row.name()).start(() -> {
            try {
                looks.worktree().complete(worktree(row));
                looks.screen().complete(screen(row));
            } catch (RuntimeException e) {
                looks.worktree().completeExceptionally(e);
                looks.screen().completeExceptionally(e);
            }
        });
        return looks;
    }

    private void forEachEvent(SessionRow row, Consumer<SessionEvent> each) {
        sessions.store().flush();
        long after = 0;
        while (true) {
            List<EventRecord> page = sessions.store().events(row.id(), after, PAGE);
            page.forEach(e -> each.accept(e.event()));
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().seq();
        }
    }

    private String screen(SessionRow row) {
        return sessions.liveById(row.id()).map(s -> s.screen().text())
                .or(() -> replay.replay(Path.of(row.logPath())).map(s -> s.text())).orElse("");
    }

    private Optional<SessionFacts.Worktree> worktree(SessionRow row) {
        return worktree(git, row);
    }

    /** What {@code row}'s worktree shows against its base; empty when it is gone or git cannot read it. */
    static Optional<SessionFacts.Worktree> worktree(RepoInspector git, SessionRow row) {
        Path worktree = Path.of(row.worktree());
        if (row.worktreeRemoved() || !Files.isDirectory(worktree)) {
            return Optional.empty();
        }
        try {
            List<Recap.FileChange> stat = changes(git.diffStat(worktree, row.baseBranch()));
            List<String> uncommitted = git.diffStat(worktree, "HEAD").files().stream().map(DiffStat.FileStat::path).toList();
            return Optional.of(new SessionFacts.Worktree(stat, git.commitsBeyond(worktree, row.baseBranch()), uncommitted));
        } catch (GitException e) {
            log.warn("recap of {} without its changes: {}", row.name(), e.getMessage());
            return Optional.empty();
        }
    }

    static List<Recap.FileChange> changes(DiffStat stat) {
        return stat.files().stream().map(f -> new Recap.FileChange(f.path(), f.insertions(), f.deletions(), f.binary()))
                .toList();
    }

    /** The row of the session with this id, if this daemon has it. */
    public Optional<SessionRow> row(String id) {
        return sessions.store().sessions().stream().filter(r -> r.id().value().equals(id)).findFirst();
    }
}
