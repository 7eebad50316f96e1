package dev.baton.daemon.activity;

import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.RecordJson;
import dev.baton.protocol.session.Sender;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session's reader of its agent's own record. A virtual thread polls the located files every {@code every} (or
 * at once when nudged by a hook), reads the lines each gained since its offset, sends the events to the session, and
 * only then stores the new offset in {@code state.db} ({@code activity.offset:<session>:<file>}): a restart continues
 * where it stopped, and the ledger's request keys absorb a line read twice. A stateful format's state (Codex names the
 * model once per turn) is rebuilt by reading its file from the start once, dropping what was already recorded.
 */
final class ActivityTracker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ActivityTracker.class);

    private final SessionId id;
    private final String name;
    private final TranscriptLocator locator;
    private final UsageLedger ledger;
    private final BudgetGuard guard;
    private final StateStore store;
    private final ActivitySink sink;
    private final Duration every;
    private final Map<Path, TranscriptFormat> formats = new HashMap<>();
    private final Map<Path, Long> offsets = new HashMap<>();
    private final Map<Path, Long> recorded = new HashMap<>();
    private final Semaphore nudge = new Semaphore(0);
    private final java.util.Queue<Path> named = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile UsageTotals totals = UsageTotals.NONE;
    private volatile boolean closed;

    ActivityTracker(SessionId id, String name, TranscriptLocator locator, UsageLedger ledger, BudgetGuard guard,
                    StateStore store, ActivitySink sink, Duration every) {
        this.id = id;
        this.name = name;
        this.locator = locator;
        this.ledger = ledger;
        this.guard = guard;
        this.store = store;
        this.sink = sink;
        this.every = every;
        this.thread = Thread.ofVirtual().name("activity-" + name).unstarted(this::run);
    }

    /** Rebuilds the totals and budgets from the session's stored events; call before {@link #start()}. */
    void restore(List<SessionEvent> history) {
        ledger.restore(history);
        guard.restore(history, ledger.pricedCost(), ledger.totals().tokens());
        totals = ledger.totals();
    }

    /** Starts polling on the tracker's own virtual thread. */
    void start() {
        thread.start();
    }

    UsageTotals totals() {
        return totals;
    }

    /** A hook spoke; {@code transcript} is the file it named, if any. Polls soon; never waits (a hook is waiting). */
    void nudge(Path transcript) {
        if (transcript != null) {
            named.add(transcript);
        }
        nudge.release();
    }

    private void run() {
        while (!closed) {
            try {
                poll();
            } catch (RuntimeException e) {
                log.warn("session {}: reading the agent's transcript failed: {}", name, e.toString());
            }
            try {
                nudge.tryAcquire(every.toMillis(), TimeUnit.MILLISECONDS);
                nudge.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One pass: new lines of every file, then the budgets. */
    synchronized void poll() {
        for (Path p = named.poll(); p != null; p = named.poll()) {
            locator.named(p);
        }
        for (Path file : locator.files()) {
            read(file);
        }
        checkBudgets();
    }

    private void read(Path file) {
        TranscriptFormat format = formats.get(file);
        if (format == null) {
            format = locator.format();
            formats.put(file, format);
            long stored = store.meta(offsetKey(file)).map(Long::parseLong).orElse(0L);
            recorded.put(file, stored);
            offsets.put(file, format.stateful() ? 0L : stored);
        }
        JsonlTail.Chunk chunk;
        try {
            if (!Files.isRegularFile(file)) {
                return;
            }
            chunk = JsonlTail.read(file, offsets.get(file));
        } catch (IOException e) {
            log.debug("session {}: cannot read {}: {}", name, file, e.getMessage());
            return;
        }
        long done = recorded.get(file);
        List<SessionEvent> out = new ArrayList<>();
        String key = file.getFileName().toString();
        for (JsonlTail.Line line : chunk.lines()) {
            for (Reading r : format.read(key, line.offset(), line.text())) {
                if (line.offset() < done) {
                    continue; // recorded before a restart: only the format's state was wanted
                }
                switch (r) {
                    case Reading.Did d -> out.add(d.event());
                    case Reading.Served s -> ledger.count(s.request()).ifPresent(out::add);
                }
            }
        }
        if (!out.isEmpty()) {
            try {
                sink.record(out);
            } catch (RuntimeException e) {
                // not recorded: forget them and read the file again as after a restart (from its last recorded line)
                ledger.rollback();
                formats.remove(file);
                throw e;
            }
            ledger.commit();
            totals = ledger.totals();
            store.putMeta(usageKey(id), RecordJson.write(totals.toWire()));
        }
        offsets.put(file, chunk.next());
        if (chunk.next() > done) {
            recorded.put(file, chunk.next());
            store.putMeta(offsetKey(file), Long.toString(chunk.next()));
        }
    }

    private void checkBudgets() {
        for (BudgetGuard.Step step : guard.check(ledger.pricedCost(), ledger.totals().tokens(), name)) {
            switch (step) {
                case BudgetGuard.Step.Notice n -> sink.notice(n.message());
                case BudgetGuard.Step.Pause p -> sink.pause(p.message());
            }
        }
    }

    /** Raises a budget, records who did, and resumes the agent if it is no longer over. */
    synchronized BudgetGuard.Raised raise(Sender by, BigDecimal usd, long tokens) {
        boolean before = guard.paused();
        BudgetGuard.Raised result = usd != null ? guard.raiseUsd(by, usd, ledger.pricedCost())
                : guard.raiseTokens(by, tokens, ledger.totals().tokens());
        if (result instanceof BudgetGuard.Raised.Done done) {
            sink.record(List.of(done.event()));
            if (before && !guard.paused()) {
                sink.resume(by);
            }
            log.info("session {}: {} budget raised by {} ({}, now {})", name, done.event().budget(), by,
                    done.event().amount(), done.event().limit());
        }
        return result;
    }

    /** The limits in force now and whether they hold the agent paused. */
    synchronized BudgetView budgets() {
        return new BudgetView(guard.usdLimit(), guard.tokenLimit(), guard.paused());
    }

    private String offsetKey(Path file) {
        return "activity.offset:" + id.value() + ":" + file;
    }

    static String usageKey(SessionId id) {
        return "activity.usage:" + id.value();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
