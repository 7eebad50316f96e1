package dev.baton.daemon.activity;

import dev.baton.config.AgentSpec;
import dev.baton.config.BatonConfig;
import dev.baton.daemon.store.SessionRow;
import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.cli.SessionUsage;
import dev.baton.protocol.json.RecordJson;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.session.Sender;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The daemon's activity trackers, one per live Claude Code or Codex session: started when a session starts or is
 * re-adopted, stopped when it ends. Answers {@code agent ls}'s usage (live, or as last stored for an ended session)
 * and {@code agent budget}. With {@code [daemon] activity = false} nothing is tracked.
 */
public final class Activities implements AutoCloseable {
    /** How often a tracker looks for new transcript lines when no hook nudges it. */
    public static final Duration POLL = Duration.ofMillis(250);

    /** The answer to a raise: the limits after it, or why nothing was raised. */
    public sealed interface RaiseOutcome {
        record Raised(SessionEvent.BudgetRaised event, boolean stillPaused) implements RaiseOutcome {}

        record Refused(String reason) implements RaiseOutcome {}
    }

    private final BatonConfig config;
    private final StateStore store;
    private final Clock clock;
    private final Map<String, String> baseEnv;
    private final boolean on;
    private final Map<SessionId, ActivityTracker> trackers = new ConcurrentHashMap<>();

    public Activities(BatonConfig config, StateStore store, Clock clock, Map<String, String> baseEnv) {
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.baseEnv = Map.copyOf(baseEnv);
        this.on = config.daemon().activity();
    }

    /** Starts reading the session's transcript (a no-op for agents that write none we know). */
    public void track(SessionRow row, ActivitySink sink) {
        if (!on) {
            return;
        }
        Optional<AgentSpec> agent = config.agent(row.agent());
        Optional<TranscriptLocator> locator = agent.flatMap(a -> locator(a, row));
        if (locator.isEmpty()) {
            return;
        }
        ActivityTracker tracker = new ActivityTracker(row.id(), row.name(), locator.get(), new UsageLedger(config.prices()),
                new BudgetGuard(config.budgets()), store, sink, POLL);
        ActivityTracker old = trackers.put(row.id(), tracker);
        if (old != null) {
            old.close();
        }
        tracker.restore(store.events(row.id(), 0, Integer.MAX_VALUE).stream().map(e -> e.event()).toList());
        tracker.start();
    }

    private Optional<TranscriptLocator> locator(AgentSpec agent, SessionRow row) {
        Map<String, String> env = new HashMap<>(baseEnv);
        env.putAll(agent.env());
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        Path worktree = Path.of(row.worktree());
        return switch (agent.vendor()) {
            case CLAUDE -> Optional.of(new ClaudeTranscripts(Optional.ofNullable(env.get("CLAUDE_CONFIG_DIR")).map(Path::of)
                    .orElse(home.resolve(".claude")), worktree, row.createdAt()));
            case CODEX -> Optional.of(new CodexRollouts(Optional.ofNullable(env.get("CODEX_HOME")).map(Path::of)
                    .orElse(home.resolve(".codex")), worktree, row.createdAt(), clock));
            default -> Optional.empty();
        };
    }

    /** The session ended: stop reading (its stored usage stays for {@code agent ls}). */
    public void stop(SessionId id) {
        ActivityTracker t = trackers.remove(id);
        if (t != null) {
            t.close();
        }
    }

    /** A hook of the session spoke: read now, from the transcript it names if it names one. */
    public void hook(SessionId id, Map<String, Object> payload) {
        ActivityTracker t = trackers.get(id);
        if (t != null) {
            Object path = payload.get("transcript_path");
            t.nudge(path instanceof String s && !s.isBlank() ? Path.of(s) : null);
        }
    }

    /** What the session has used: live from its tracker, else as last stored. */
    public UsageTotals usage(SessionId id) {
        ActivityTracker t = trackers.get(id);
        if (t != null) {
            return t.totals();
        }
        return store.meta(ActivityTracker.usageKey(id)).map(json -> {
            try {
                return UsageTotals.fromWire(RecordJson.fromMap(Json.parseObject(json), SessionUsage.class));
            } catch (JsonException | IllegalArgumentException e) {
                return UsageTotals.NONE;
            }
        }).orElse(UsageTotals.NONE);
    }

    /** The session's limits now, or the configured ones for a session no tracker reads. */
    public BudgetView budgets(SessionId id) {
        ActivityTracker t = trackers.get(id);
        return t != null ? t.budgets()
                : new BudgetView(config.budgets().sessionUsd(), config.budgets().sessionTokens(), false);
    }

    /** Raises a live session's dollar ({@code usd}) or token budget; a raise that lifts it above the spend resumes it. */
    public RaiseOutcome raise(SessionId id, Sender by, BigDecimal usd, long tokens) {
        ActivityTracker t = trackers.get(id);
        if (t == null) {
            return new RaiseOutcome.Refused("the session is not running, or its agent writes no transcript Baton reads");
        }
        if ((usd == null) == (tokens <= 0) || (usd != null && usd.signum() <= 0)) {
            return new RaiseOutcome.Refused("give one positive amount: --raise DOLLARS or --raise-tokens N");
        }
        return switch (t.raise(by, usd, tokens)) {
            case BudgetGuard.Raised.Done d -> new RaiseOutcome.Raised(d.event(), t.budgets().paused());
            case BudgetGuard.Raised.Refused r -> new RaiseOutcome.Refused(r.reason());
        };
    }

    /** Sessions tracked now (for tests and {@code daemon info}). */
    public List<SessionId> tracked() {
        return List.copyOf(trackers.keySet());
    }

    @Override
    public void close() {
        trackers.values().forEach(ActivityTracker::close);
        trackers.clear();
    }
}
