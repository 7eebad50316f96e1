package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.attention.PromptProfile;
import dev.baton.daemon.screen.ScreenListener;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.session.input.InputDelivery;
import dev.baton.daemon.session.output.RawLog;
import dev.baton.daemon.session.output.Subscriber;
import dev.baton.daemon.store.SessionRow;
import dev.baton.daemon.testing.MovableClock;
import dev.baton.daemon.testing.RecordingEvents;
import dev.baton.daemon.testing.RecordingTerminal;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import dev.baton.testing.Eventually;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session actor against a recording terminal and a clock the test moves (zellij tests its panes this way): the
 * test plays the agent's output and ticks the actor, and reads back exactly what was typed and which events followed.
 * No process, no sleeping: the idle time, the prompt grace, the settle and the gone timers run on the movable clock.
 */
class SessionActorTest {
    static final Sender ANA = new Sender(Sender.Surface.WEB, "ana");
    static final Sender BOB = new Sender(Sender.Surface.CLI, "bob");
    static final String CLAUDE_DIALOG = " Bash command\r\n╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌\r\n   rm -rf build\r\n"
            + "╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌\r\n Do you want to proceed?\r\n ❯ 1. Yes\r\n   2. Yes, and don't ask again\r\n   3. No\r\n";
    static final long IDLE_AFTER = 1_000;

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock();
    final RecordingTerminal terminal = new RecordingTerminal();
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    RecordingEvents events;
    Session session;
    SessionControl control;

    /** Starts a session of {@code vendor}'s agent on the recording terminal. */
    void start(String vendor, boolean hooksExpected) throws IOException {
        SessionId id = SessionId.random();
        events = RecordingEvents.open(dir, clock, id);
        SessionRow row = new SessionRow(id, "actor", vendor, dir.toString(), "main", "baton/actor", dir.toString(), "",
                ANA.toString(), SessionState.STARTING, null, clock.instant(), null, dir.resolve("raw.log").toString(), 0,
                false);
        events.store().insert(row);
        SessionContext ctx = new SessionContext(clock, Duration.ofMillis(IDLE_AFTER), events.store(), scheduler,
                new InputDelivery(Duration.ZERO), new WorktreeRemoval(null, null, dir), s -> { },
                new TurnSnapshots(dev.baton.daemon.git.RepoInspector.jgit()));
        Session[] owner = new Session[1];
        ScreenModel screen = ScreenModel.create(80, 24, new ScreenListener() {
            @Override
            public void reply(byte[] response) {
                owner[0].reply(response);
            }
        });
        owner[0] = new Session(ctx, row, events.events(), terminal, screen, RawLog.open(dir.resolve("raw.log")),
                PromptProfile.forVendor(vendor), hooksExpected, "", dev.baton.daemon.attribution.CommitLog.startingNow(dir));
        session = owner[0];
        control = new SessionControl(session);
        session.start();
    }

    @AfterEach
    void stop() {
        if (session != null) {
            terminal.exit(0);
            Eventually.await("the session to end", terminal::closed);
            events.close();
        }
        scheduler.shutdownNow();
    }

    /** The agent prints {@code text}; returns once the screen shows {@code shown}. */
    void agentPrints(String text, String shown) {
        terminal.feed(text);
        Eventually.await("the screen to show " + shown, () -> session.screen().text().contains(shown));
    }

    /** Moves the clock, ticks the actor, and returns once the actor has applied the tick. */
    void after(long millis) {
        clock.advance(millis);
        session.tick();
        control.follow(new Subscriber<>(10_000)); // answered after the tick: the mailbox is FIFO
    }

    SessionState state() {
        return session.row().state();
    }

    @Test
    void a_turn_queued_while_the_agent_works_is_typed_only_once_the_agent_has_been_quiet() throws IOException {
        start("generic", false);
        agentPrints("working on it\r\n", "working on it");
        assertTrue(control.queueTurn("t1", 1, ANA, "and add a test"));

        after(IDLE_AFTER - 1);
        assertEquals(SessionState.RUNNING, state());
        assertEquals(List.of(), terminal.writes(), "never mid-turn");

        after(1);
        assertEquals(List.of("[from ana] and add a test", "\r"), terminal.writes());
        assertEquals(SessionState.RUNNING, state(), "the delivered turn starts a new one");
        assertEquals(List.of(SessionState.RUNNING, SessionState.WAITING, SessionState.RUNNING),
                events.all(SessionEvent.StateChanged.class).stream().map(SessionEvent.StateChanged::to).toList());
        assertEquals("[from ana] and add a test", events.all(SessionEvent.TurnDelivered.class).getFirst().typed());
    }

    @Test
    void turns_go_in_one_per_wait_and_never_while_new_output_arrives() throws IOException {
        start("generic", false);
        control.queueTurn("t1", 1, ANA, "first");
        control.queueTurn("t2", 2, BOB, "second");
        after(IDLE_AFTER);
        assertEquals(List.of("[from ana] first", "\r"), terminal.writes());

        agentPrints("on the first\r\n", "on the first");
        after(IDLE_AFTER - 1);
        assertEquals(2, terminal.writes().size(), "the agent is still on the first turn");
        after(1);
        assertEquals(List.of("[from ana] first", "\r", "[from bob] second", "\r"), terminal.writes());
    }

    @Test
    void a_paused_session_holds_its_turns_while_keys_still_go_through() throws IOException {
        start("generic", false);
        agentPrints("> ", ">");
        after(0);
        assertEquals(SessionState.WAITING, state(), "the ready prompt on the cursor row");

        control.pause(BOB, true);
        assertEquals(List.of("\u0003"), terminal.writes(), "Ctrl-C interrupts a generic agent");
        control.queueTurn("t1", 1, ANA, "after the pause");
        after(IDLE_AFTER * 5);
        assertEquals(List.of("\u0003"), terminal.writes(), "held although the agent waits");

        control.sendKeys(ANA, List.of(Key.parse("y").orElseThrow()));
        assertEquals(List.of("\u0003", "y"), terminal.writes(), "keys bypass the queue and the pause");

        control.pause(BOB, false);
        assertEquals(List.of("\u0003", "y", "[from ana] after the pause", "\r"), terminal.writes());
    }

    @Test
    void a_dialog_no_hook_reported_blocks_the_session_after_the_grace_and_an_answer_types_its_key() throws IOException {
        start("claude", true);
        agentPrints(CLAUDE_DIALOG, "Do you want to proceed?");
        after(0);
        after(1_499);
        assertTrue(events.all(SessionEvent.PromptOpened.class).isEmpty(), "the hook may still report it");
        assertNotEquals(SessionState.BLOCKED, state());

        after(1);
        SessionEvent.PromptOpened opened = events.all(SessionEvent.PromptOpened.class).getFirst();
        assertEquals(SignalLayer.SCREEN, opened.layer());
        assertEquals(SessionState.BLOCKED, state());
        assertEquals("action:permission Bash: rm -rf build", session.view().attention());

        assertEquals(Optional.empty(), control.answerPrompt(opened.promptId(), opened.inputHash(), Decision.ALLOW_ONCE,
                ANA, ""));
        assertEquals(List.of("1"), terminal.writes());
        assertEquals(SessionState.RUNNING, state());
        assertTrue(control.answerPrompt(opened.promptId(), opened.inputHash(), Decision.DENY, BOB, "").isPresent(),
                "the first answer won");
    }

    @Test
    void a_dialog_gone_from_the_screen_for_the_gone_time_was_answered_at_the_terminal() throws IOException {
        start("claude", false);
        agentPrints(CLAUDE_DIALOG, "Do you want to proceed?");
        after(0);
        after(150);
        assertEquals(SessionState.BLOCKED, state(), "the dialog settled");

        agentPrints("\u001b[2J\u001b[H✻ Working…", "Working");
        after(0);
        after(399);
        assertEquals(SessionState.BLOCKED, state(), "a redraw is not an answer");
        after(1);
        assertEquals("terminal", events.all(SessionEvent.PromptAnswered.class).getFirst().how());
        assertEquals(SessionState.RUNNING, state());
    }

    SessionControl.ReportResult report(List<java.util.Map<String, Object>> batch) {
        var parsed = dev.baton.daemon.report.ReportedEvents.parse(batch, dir);
        assertEquals(List.of(), parsed.refused());
        return control.report(parsed.valid());
    }

    @Test
    void reported_notices_and_actions_raise_attention_through_the_emit_layer_and_info_stays_in_the_stream() throws IOException {
        start("generic", false);
        report(List.of(java.util.Map.of("kind", "step", "message", "parsing", "n", 1L),
                java.util.Map.of("level", "notice", "kind", "test_run", "message", "12 passed"),
                java.util.Map.of("level", "action", "kind", "question", "message", "which database?")));
        List<SessionEvent.Emitted> emitted = events.all(SessionEvent.Emitted.class);
        assertEquals(List.of("step", "test_run", "question"), emitted.stream().map(SessionEvent.Emitted::kind).toList());
        assertEquals(java.util.Map.of("n", 1L), emitted.getFirst().fields());
        List<SessionEvent.Attention> raised = events.all(SessionEvent.Attention.class);
        assertEquals(List.of("12 passed", "which database?"), raised.stream().map(SessionEvent.Attention::message).toList());
        assertTrue(raised.stream().allMatch(a -> a.layer() == SignalLayer.EMIT));
        assertEquals(SessionState.BLOCKED, state(), "an action blocks the session until a human answers");
        control.sendInput(ANA, "postgres");
        Eventually.await("unblocked", () -> state() != SessionState.BLOCKED);
    }

    @Test
    void a_session_that_reports_faster_than_its_rate_is_refused_per_event_until_time_refills_it() throws IOException {
        start("generic", false);
        List<java.util.Map<String, Object>> burst = new java.util.ArrayList<>();
        for (int i = 0; i < dev.baton.daemon.report.EventRateLimit.BURST + 3; i++) {
            burst.add(java.util.Map.of("kind", "step", "n", (long) i));
        }
        SessionControl.ReportResult first = report(burst);
        assertEquals(dev.baton.daemon.report.EventRateLimit.BURST, first.accepted());
        assertEquals(List.of(500, 501, 502), first.limited().stream().map(r -> r.index()).toList());
        assertTrue(first.limited().getFirst().error().startsWith("rate limited"), first.limited().getFirst().error());
        clock.advance(100); // 50 per second: five more
        SessionControl.ReportResult later = report(burst.subList(0, 10));
        assertEquals(5, later.accepted());
        assertEquals(dev.baton.daemon.report.EventRateLimit.BURST + 5, events.all(SessionEvent.Emitted.class).size());
    }

    @Test
    void an_artifact_an_agent_declares_is_recorded_with_its_path_inside_the_worktree() throws IOException {
        start("generic", false);
        report(List.of(java.util.Map.of("kind", "artifact", "artifact", "screenshot", "path", "shots/login.png",
                "message", "the login page")));
        assertEquals(List.of(new SessionEvent.ArtifactSaved("screenshot", dir.resolve("shots/login.png").toString(), "",
                "the login page")), events.all(SessionEvent.ArtifactSaved.class));
    }
}
