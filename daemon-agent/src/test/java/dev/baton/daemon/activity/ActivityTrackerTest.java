package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.BudgetSettings;
import dev.baton.config.PriceTable;
import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Sender;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tracker over a real transcript file and a real {@code state.db}, with a sink that records what it was told. */
class ActivityTrackerTest {
    @TempDir
    Path tmp;

    private final SessionId id = SessionId.random();
    private StateStore store;
    private Path transcript;

    /** Stores events the way a session does (numbered, in state.db) and records the pauses and notices. */
    final class RecordingSink implements ActivitySink {
        final List<String> calls = new ArrayList<>();
        long seq;
        /** While set, {@code record} fails as a busy or gone actor does. */
        volatile boolean refuse;

        RecordingSink() {
            seq = store.lastSeq(id);
        }

        @Override
        public synchronized void record(List<SessionEvent> events) {
            if (refuse) {
                throw new IllegalStateException("session 's' is busy; try again");
            }
            events.forEach(e -> store.append(new EventRecord(id, ++seq, Instant.now(), e)));
        }

        @Override
        public synchronized void notice(String message) {
            calls.add("notice " + message);
        }

        @Override
        public synchronized void pause(String message) {
            calls.add("pause " + message);
        }

        @Override
        public synchronized void resume(Sender by) {
            calls.add("resume " + by);
        }
    }

    @BeforeEach
    void open() {
        store = StateStore.openSqlite(tmp.resolve("state.db"));
        transcript = tmp.resolve("t.jsonl");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TranscriptLocator locator() {
        return new TranscriptLocator() {
            @Override
            public List<Path> files() {
                return Files.exists(transcript) ? List.of(transcript) : List.of();
            }

            @Override
            public void named(Path file) { }

            @Override
            public TranscriptFormat format() {
                return new ClaudeTranscript();
            }
        };
    }

    /** A tracker restored from the store and driven by the test's own {@code poll()} calls (its thread never runs). */
    private ActivityTracker tracker(RecordingSink sink, BudgetSettings budgets) {
        ActivityTracker t = new ActivityTracker(id, "s", locator(), new UsageLedger(PriceTable.builtIn()),
                new BudgetGuard(budgets), store, sink, Duration.ofHours(1));
        store.flush();
        t.restore(store.events(id, 0, Integer.MAX_VALUE).stream().map(EventRecord::event).toList());
        return t;
    }

    private void append(List<String> lines) throws Exception {
        Files.writeString(transcript, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long usageEvents() {
        store.flush();
        return store.events(id, 0, 10_000).stream().filter(e -> e.event() instanceof SessionEvent.Usage).count();
    }

    @Test
    void lines_are_read_incrementally_and_a_restart_neither_loses_nor_double_counts() throws Exception {
        List<String> recorded = ClaudeTranscriptTest.recorded();
        append(recorded.subList(0, 3)); // the prompt and both lines of the first message
        RecordingSink sink = new RecordingSink();
        ActivityTracker first = tracker(sink, BudgetSettings.none());
        first.poll();
        assertEquals(1, first.totals().requests());
        append(recorded.subList(3, 6));
        first.poll();
        assertEquals(2, first.totals().requests());
        first.close();

        append(recorded.subList(6, recorded.size())); // written while no daemon read it
        store.flush();
        ActivityTracker second = tracker(new RecordingSink(), BudgetSettings.none());
        assertEquals(2, second.totals().requests(), "restored from the stored usage events");
        second.poll();
        assertEquals(3, second.totals().requests());
        assertEquals(30, second.totals().inputTokens());
        assertEquals(3, usageEvents());
        long messages = store.events(id, 0, 10_000).stream().filter(e -> e.event() instanceof SessionEvent.AgentMessage).count();
        assertEquals(3, messages, "no message recorded twice");
        second.close();
    }

    @Test
    void lines_whose_events_could_not_be_recorded_are_counted_when_read_again() throws Exception {
        List<String> codex = CodexRolloutTest.recorded();
        Files.writeString(transcript, String.join("\n", codex) + "\n");
        RecordingSink sink = new RecordingSink();
        ActivityTracker t = new ActivityTracker(id, "s", new TranscriptLocator() {
            @Override
            public List<Path> files() {
                return List.of(transcript);
            }

            @Override
            public void named(Path file) { }

            @Override
            public TranscriptFormat format() {
                return new CodexRollout(); // stateful: a repeat is told by the previous line's total
            }
        }, new UsageLedger(PriceTable.builtIn()), new BudgetGuard(BudgetSettings.none()), store, sink, Duration.ofHours(1));
        sink.refuse = true;
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, t::poll);
        assertEquals(0, t.totals().requests());
        sink.refuse = false;
        t.poll();
        assertEquals(3, t.totals().requests(), "nothing lost, nothing twice");
        assertEquals(3, usageEvents());
    }

    @Test
    void a_tiny_dollar_budget_pauses_at_the_first_request_and_a_raise_resumes() throws Exception {
        RecordingSink sink = new RecordingSink();
        ActivityTracker t = tracker(sink, new BudgetSettings(Optional.of(new BigDecimal("0.001")), OptionalLong.empty()));
        append(ClaudeTranscriptTest.recorded().subList(0, 3)); // $0.0012
        t.poll();
        assertEquals(1, sink.calls.size(), sink.calls.toString());
        assertTrue(sink.calls.get(0).startsWith("pause session budget reached: $0.0012 spent of $0.0010"), sink.calls.toString());
        t.poll();
        assertEquals(1, sink.calls.size(), "paused once");
        BudgetGuard.Raised r = t.raise(Sender.parse("cli:ana"), new BigDecimal("1.00"), 0);
        assertInstanceOf(BudgetGuard.Raised.Done.class, r);
        assertEquals("resume cli:ana", sink.calls.get(1));
        store.flush();
        assertTrue(store.events(id, 0, 100).stream().anyMatch(e -> e.event().equals(
                new SessionEvent.BudgetRaised(Sender.parse("cli:ana"), "usd", "1.00", "1.001"))));
        t.close();
    }

    @Test
    void a_transcript_a_hook_names_is_read_on_the_next_poll() throws Exception {
        append(ClaudeTranscriptTest.recorded());
        Path worktree = Files.createDirectories(tmp.resolve("worktree"));
        ActivityTracker t = new ActivityTracker(id, "s", new ClaudeTranscripts(tmp.resolve("claude"), worktree, Instant.now()),
                new UsageLedger(PriceTable.builtIn()), new BudgetGuard(BudgetSettings.none()), store, new RecordingSink(),
                Duration.ofHours(1));
        t.poll();
        assertEquals(0, t.totals().requests(), "not under the worktree's project folder: not found by itself");
        t.nudge(transcript); // a Stop hook's transcript_path
        t.poll();
        assertEquals(3, t.totals().requests());
    }

    @Test
    void the_usage_is_kept_for_a_session_that_ended() throws Exception {
        append(ClaudeTranscriptTest.recorded());
        ActivityTracker t = tracker(new RecordingSink(), BudgetSettings.none());
        t.poll();
        t.close();
        store.flush();
        String json = store.meta(ActivityTracker.usageKey(id)).orElseThrow();
        UsageTotals kept = UsageTotals.fromWire(dev.baton.protocol.json.RecordJson.fromMap(
                dev.baton.protocol.json.Json.parseObject(json), dev.baton.protocol.cli.SessionUsage.class));
        assertEquals(t.totals().inputTokens(), kept.inputTokens());
        assertEquals(0, new BigDecimal("0.0036").compareTo(kept.cost().orElseThrow()));
    }
}
