package dev.baton.daemon.session;

import dev.baton.config.BatonConfig;
import dev.baton.config.RuntimeRoot;
import dev.baton.daemon.attribution.Attribution;
import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.git.Worktrees;
import dev.baton.daemon.pty.TerminalLauncher;
import dev.baton.daemon.screen.ScreenListener;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.session.input.InputDelivery;
import dev.baton.daemon.session.output.SessionEvents;
import dev.baton.daemon.store.SessionRow;
import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registry of sessions: starts them, finds live ones by name, recovers after a restart, stops them. */
public final class Sessions implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    private final BatonConfig config;
    private final StateStore store;
    private final Clock clock;
    private final SessionContext ctx;
    private final SessionLauncher launcher;
    private final TerminalLauncher terminals;
    private final SessionAdoption adoption;
    private final Attribution attribution;
    private final Map<String, Session> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private volatile java.util.function.Consumer<dev.baton.protocol.event.EventRecord> tap = e -> { };
    private final dev.baton.daemon.session.output.EventFeed feed = new dev.baton.daemon.session.output.EventFeed();
    private final Map<String, String> baseEnv;
    private final dev.baton.daemon.activity.Activities activities;

    public Sessions(RuntimeRoot root, BatonConfig config, StateStore store, Worktrees worktrees, RepoInspector git,
                    TerminalLauncher terminals, AgentPreparation preparation, Clock clock, Map<String, String> baseEnv) {
        this.config = config;
        this.baseEnv = Map.copyOf(baseEnv);
        this.store = store;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sessions-tick").daemon(true).factory());
        this.ctx = new SessionContext(clock, config.daemon().idleAfter(), store, scheduler,
                new InputDelivery(Duration.ofMillis(40)), new WorktreeRemoval(worktrees, git, root.artifacts()),
                this::ended, new TurnSnapshots(git));
        this.attribution = new Attribution(id -> store.sessions().stream().filter(r -> r.id().value().equals(id))
                .findFirst().map(r -> java.nio.file.Path.of(r.worktree())));
        this.launcher = new SessionLauncher(root, config, worktrees, git, terminals, preparation, baseEnv, attribution);
        this.terminals = terminals;
        this.adoption = new SessionAdoption(config, terminals, store, clock, this::tap);
        this.activities = new dev.baton.daemon.activity.Activities(config, store, clock, baseEnv);
        scheduler.scheduleWithFixedDelay(() -> live.values().forEach(Session::tick), 200, 200, TimeUnit.MILLISECONDS);
    }

    private void ended(Session s) {
        live.remove(s.name(), s);
        activities.stop(s.id());
    }

    /** The agents' own records: usage for {@code agent ls}, hook nudges, budget raises. */
    public dev.baton.daemon.activity.Activities activity() {
        return activities;
    }

    /** Who to credit on the sessions' commits; the hub link teaches it who each sender is. */
    public Attribution attribution() {
        return attribution;
    }

    /** What {@link #recover()} did with the sessions a previous daemon left. */
    public record Recovery(int adopted, int interrupted) {}

    /**
     * Takes over the sessions a previous daemon left: one whose agent the launcher still holds (the PTY host) is
     * re-adopted and keeps running; any other unfinished one becomes interrupted. Agents held for no unfinished
     * session are killed and forgotten.
     */
    public Recovery recover() {
        Set<String> held = new HashSet<>(terminals.adoptable());
        int adopted = 0;
        int interrupted = 0;
        for (SessionRow row : store.sessions()) {
            if (row.state().isTerminal()) {
                continue;
            }
            Optional<Session> session = held.contains(row.id().value())
                    ? adoption.adopt(row, ctx, this::screenFor) : Optional.empty();
            if (session.isPresent()) {
                held.remove(row.id().value());
                live.put(row.name(), session.get());
                session.get().startAdopted(config.daemon().cols(), config.daemon().rows());
                activities.track(row, new SessionActivity(session.get()));
                adopted++;
            } else {
                SessionEvents events = new SessionEvents(row.id(), store, clock, store.lastSeq(row.id()), this::tap);
                events.append(new SessionEvent.StateChanged(row.state(), SessionState.INTERRUPTED, "the daemon died under it"));
                store.update(row.withState(SessionState.INTERRUPTED, row.exitCode(), clock.instant()));
                interrupted++;
            }
        }
        store.flush();
        for (String orphan : held) {
            log.info("the PTY host holds agent {} that no unfinished session knows; ending it", orphan);
            terminals.discard(orphan);
        }
        return new Recovery(adopted, interrupted);
    }

    public synchronized RunOutcome run(RunRequest request) {
        if (live.size() >= config.daemon().maxSessions()) {
            return new RunOutcome.Rejected("this daemon already runs " + live.size() + " sessions (daemon.max_sessions)");
        }
        // a session that has ended but not yet left the live map (its actor is still closing) counts as ended
        if (live.containsKey(request.name())
                && store.byName(request.name()).map(r -> !r.state().isTerminal()).orElse(true)) {
            return new RunOutcome.Rejected("a session named '" + request.name() + "' is already running");
        }
        Optional<SessionRow> continued = Optional.empty();
        if (request.continues().isPresent()) {
            String from = request.continues().get();
            continued = store.byName(from);
            if (continued.isEmpty()) {
                return new RunOutcome.Rejected("this daemon has no session named '" + from + "' to continue");
            }
            if (live.containsKey(from) || !continued.get().state().isTerminal()) {
                return new RunOutcome.Rejected("session '" + from + "' is still running; hand it off instead of"
                        + " continuing it (/agent handoff), or kill it first");
            }
        }
        Optional<SessionRow> previous = store.byName(request.name());
        if (previous.isPresent() && !previous.get().worktreeRemoved() && !previous.get().state().isTerminal()) {
            return new RunOutcome.Rejected("a session named '" + request.name() + "' already exists");
        }
        if (previous.isPresent() && !previous.get().worktreeRemoved()) {
            return new RunOutcome.Rejected("session '" + request.name() + "' ended but still has its worktree "
                    + previous.get().worktree() + "; remove it with: agent kill --rm " + request.name()
                    + ", or pick another --name");
        }
        SessionLauncher.Plan plan;
        switch (continued.isPresent() ? launcher.planContinuation(request, continued.get()) : launcher.plan(request)) {
            case SessionLauncher.Planned p -> plan = p.plan();
            case SessionLauncher.Refused r -> {
                return new RunOutcome.Rejected(r.reason());
            }
        }
        SessionId id = request.id().orElseGet(SessionId::random);
        SessionRow row = plan.row(id, clock.instant());
        store.insert(row);
        SessionEvents events = new SessionEvents(id, store, clock, 0, this::tap);
        events.append(new SessionEvent.Created(row.name(), row.agent(), row.repo(), row.baseBranch(), row.branch(),
                row.worktree(), row.prompt(), request.owner(), plan.mode().description()));
        try {
            Session session = launcher.launch(plan, row, events, ctx, this::screenFor);
            // the worktree is the new session's now: the old one must never remove it
            continued.filter(c -> !c.worktreeRemoved()).ifPresent(c -> store.update(c.withWorktreeRemoved()));
            live.put(row.name(), session);
            session.start();
            activities.track(row, new SessionActivity(session));
            return new RunOutcome.Started(session.view());
        } catch (SessionLauncher.LaunchFailed e) {
            events.append(new SessionEvent.StateChanged(SessionState.STARTING, SessionState.FAILED, e.getMessage()));
            store.update(row.withState(SessionState.FAILED, null, clock.instant()));
            store.flush();
            return new RunOutcome.Rejected(e.getMessage());
        }
    }

    private ScreenModel screenFor(Session[] holder, int cols, int rows) {
        return ScreenModel.create(cols, rows, new ScreenListener() {
            // before the session exists (a re-adopted screen replaying its log), signals and replies are history

            @Override
            public void bell() {
                if (holder[0] != null) {
                    holder[0].signal(new SessionCommand.Bell());
                }
            }

            @Override
            public void osc(int code, String payload) {
                if (holder[0] != null && (code == 9 || code == 777)) {
                    holder[0].signal(new SessionCommand.Osc(code, payload));
                }
            }

            @Override
            public void reply(byte[] response) {
                if (holder[0] != null) {
                    holder[0].reply(response);
                }
            }
        });
    }

    /** Every event appended from now on is also handed to {@code tap} (the hub link), on the appending thread. */
    public void tapEvents(java.util.function.Consumer<dev.baton.protocol.event.EventRecord> newTap) {
        this.tap = newTap;
    }

    private void tap(dev.baton.protocol.event.EventRecord record) {
        attribution.observe(record);
        tap.accept(record);
        feed.offer(record);
    }

    /** Every session's events from now on, for followers of all of them ({@code agent tui}'s live feed). */
    public dev.baton.daemon.session.output.EventFeed feed() {
        return feed;
    }

    /** The live session with this id, if any. */
    public Optional<Session> liveById(SessionId id) {
        return live.values().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The agents this daemon can really spawn: defined in the config and found on PATH. */
    public List<dev.baton.config.AgentSpec> spawnableAgents() {
        return config.agents().values().stream().filter(a -> launcher.resolve(a.command()).isPresent())
                .sorted(java.util.Comparator.comparing(dev.baton.config.AgentSpec::name)).toList();
    }

    public Optional<Session> live(String name) {
        return Optional.ofNullable(live.get(name));
    }

    public Optional<SessionRow> find(String name) {
        Session s = live.get(name);
        return s != null ? Optional.of(s.row()) : store.byName(name);
    }

    /** Sessions for {@code agent ls}: live ones and ended ones that still have a worktree; all with {@code all}. */
    public List<SessionView> list(boolean all) {
        return views(store.sessions(), all);
    }

    /** Sessions for {@code agent ls --grep QUERY}: those {@link StateStore#matching} finds, filtered as {@link #list}. */
    public List<SessionView> list(boolean all, String query) {
        return views(store.matching(query), all);
    }

    private List<SessionView> views(List<SessionRow> rows, boolean all) {
        List<SessionView> out = new ArrayList<>();
        for (SessionRow row : rows) {
            Session s = live.get(row.name());
            if (s != null && s.id().equals(row.id())) {
                out.add(s.view());
            } else if (all || !row.worktreeRemoved()) {
                out.add(SessionView.ofRow(row));
            }
        }
        return out;
    }

    public int liveCount() {
        return live.size();
    }

    /** {@code kill --rm} of a session that has already ended. */
    public KillOutcome removeEnded(SessionRow row) {
        SessionEvents events = new SessionEvents(row.id(), store, clock, store.lastSeq(row.id()), this::tap);
        List<String> notes = ctx.removal().remove(row, events::append);
        store.update(row.withWorktreeRemoved());
        store.flush();
        return new KillOutcome(row.state().wire(), row.exitCode(), notes);
    }

    public BatonConfig config() {
        return config;
    }

    /** The environment a helper run of {@code agent}'s CLI gets (a prose summary): an agent's, by the same rule. */
    public Map<String, String> helperEnv(dev.baton.config.AgentSpec agent) {
        Map<String, String> env = new java.util.HashMap<>(dev.baton.config.SecretEnv.without(baseEnv, config));
        env.putAll(agent.env());
        env.put("BATON_NO_BUILD", "1");
        return env;
    }

    public StateStore store() {
        return store;
    }

    /** Ends every live session's agent (the sessions become interrupted); for {@code agent daemon stop}. */
    public void endAll() {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Session s : live.values()) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            if (s.tell(new SessionCommand.Shutdown(f))) {
                done.add(f);
            }
        }
        try {
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("some sessions did not stop within 10 s: {}", live.keySet());
        }
    }

    /**
     * Stops the scheduler. Live sessions are left alone: with the PTY host their agents keep running for the
     * next daemon to adopt (call {@link #endAll()} first to end them).
     */
    @Override
    public void close() {
        feed.endAll("the daemon is stopping");
        activities.close();
        scheduler.shutdownNow();
    }
}
