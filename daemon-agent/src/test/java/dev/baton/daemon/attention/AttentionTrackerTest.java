package dev.baton.daemon.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.screen.ScreenListener;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.screen.ScreenSnapshot;
import dev.baton.daemon.testing.MovableClock;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The one tracker a session's actor calls: which layer reported what (a hook, or the screen scan as the fallback),
 * what blocks the session, and what a hook implies; time comes from a clock the test moves.
 */
class AttentionTrackerTest {
    static final String CLAUDE_DIALOG = " Bash command\r\n╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌\r\n   rm -rf build\r\n"
            + "╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌\r\n Do you want to proceed?\r\n ❯ 1. Yes\r\n   2. Yes, and don't ask again\r\n   3. No\r\n";
    static final Sender ANA = new Sender(Sender.Surface.WEB, "ana");

    final List<SessionEvent> events = new ArrayList<>();
    final MovableClock clock = new MovableClock();
    final ScreenModel screen = ScreenModel.create(80, 24, new ScreenListener() { });
    long version;

    AttentionTracker claude(boolean hooks) {
        return new AttentionTracker(PromptProfile.forVendor("claude"), hooks, clock, events::add);
    }

    ScreenSnapshot show(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        screen.feed(b, 0, b.length);
        version++;
        return screen.snapshot();
    }

    <T extends SessionEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void a_permission_hook_opens_the_prompt_at_once_and_the_layers_say_hook() {
        AttentionTracker tracker = claude(true);
        tracker.hookPermission(Map.of("tool_name", "Bash", "tool_input", Map.of("command", "rm -rf build")),
                new CompletableFuture<>(), false);
        ScreenSnapshot dialog = show(CLAUDE_DIALOG);
        assertTrue(tracker.screen(version, dialog, false));
        clock.advance(PromptDesk.HOOK_GRACE_MS * 2);
        assertTrue(tracker.screen(version, dialog, false), "the open prompt holds the session");

        assertEquals(SignalLayer.HOOK, all(SessionEvent.PromptOpened.class).getFirst().layer());
        assertEquals(1, all(SessionEvent.PromptOpened.class).size());
        assertEquals("hook", tracker.layers());
        assertTrue(tracker.blocking());
        assertEquals("action:permission Bash: rm -rf build", tracker.summary());
    }

    @Test
    void a_dialog_no_hook_reported_is_taken_from_the_screen_once_the_grace_is_over() {
        AttentionTracker tracker = claude(true);
        ScreenSnapshot dialog = show(CLAUDE_DIALOG);
        assertFalse(tracker.screen(version, dialog, false));
        clock.advance(PromptDesk.HOOK_GRACE_MS - 1);
        assertFalse(tracker.screen(version, dialog, false));
        assertFalse(tracker.blocking());

        clock.advance(1);
        assertTrue(tracker.screen(version, dialog, false));
        assertEquals(SignalLayer.SCREEN, all(SessionEvent.PromptOpened.class).getFirst().layer());
        assertTrue(all(SessionEvent.Attention.class).getFirst().message().contains("falling back to the screen scan"));
        assertTrue(tracker.blocking());
        assertEquals("action:permission Bash: rm -rf build", tracker.summary());
    }

    @Test
    void without_hooks_the_screen_prompt_opens_after_the_settle_time_and_closes_once_gone() {
        AttentionTracker tracker = claude(false);
        ScreenSnapshot dialog = show(CLAUDE_DIALOG);
        tracker.screen(version, dialog, false);
        clock.advance(PromptDesk.SETTLE_MS);
        assertTrue(tracker.screen(version, dialog, false));
        assertTrue(all(SessionEvent.Attention.class).isEmpty(), "no fallback note when no hook was expected");

        ScreenSnapshot cleared = show("\u001b[2J\u001b[H> ");
        assertTrue(tracker.screen(version, cleared, false), "still open until it has been gone a while");
        clock.advance(PromptDesk.GONE_MS);
        assertTrue(tracker.screen(version, cleared, false), "closing is a change the actor must see");
        assertFalse(tracker.blocking());
        assertFalse(tracker.screen(version, cleared, false));
        assertEquals("terminal", all(SessionEvent.PromptAnswered.class).getFirst().how());
    }

    @Test
    void a_stale_answer_is_refused_and_audited() {
        AttentionTracker tracker = claude(false);
        AnswerOutcome outcome = tracker.answer("p-nothing", "0123456789ab", Decision.ALLOW_ONCE, ANA, "", "chat");
        assertInstanceOf(AnswerOutcome.Stale.class, outcome);
        SessionEvent.Audit audit = all(SessionEvent.Audit.class).getFirst();
        assertEquals(ANA, audit.actor());
        assertEquals("answer " + Decision.ALLOW_ONCE.wire(), audit.action());
        assertEquals("refused", audit.outcome());
    }

    @Test
    void a_stop_hook_reports_done_on_the_hook_layer_and_implies_waiting() {
        AttentionTracker tracker = claude(true);
        Optional<SessionState> implied = tracker.hookEvent("Stop", Map.of("last_assistant_message", "all green"));
        assertEquals(Optional.of(SessionState.WAITING), implied);
        SessionEvent.Attention done = all(SessionEvent.Attention.class).getFirst();
        assertEquals(AttentionReason.DONE, done.reason());
        assertEquals(SignalLayer.HOOK, done.layer());
        assertEquals("finished its turn: all green", done.message());
        assertEquals(Optional.of(SessionState.RUNNING), tracker.hookEvent("UserPromptSubmit", Map.of()));
        assertEquals("hook", tracker.layers());
    }

    @Test
    void bell_and_osc_are_terminal_signals_and_a_blocked_sessions_bell_only_counts_the_layer() {
        AttentionTracker tracker = claude(false);
        tracker.bell(SessionState.BLOCKED);
        assertTrue(events.isEmpty());
        assertEquals("terminal", tracker.layers());

        tracker.osc(9, "build finished");
        tracker.osc(9, "4;1;50"); // a progress report, not a notification
        tracker.osc(777, "notify;CI;all green");
        assertEquals(List.of("build finished", "CI all green"),
                all(SessionEvent.Attention.class).stream().map(SessionEvent.Attention::message).toList());
    }

    @Test
    void an_emitted_action_blocks_until_a_human_answers_it() {
        AttentionTracker tracker = claude(false);
        tracker.emit(AttentionLevel.ACTION, AttentionReason.QUESTION, "which database?");
        assertTrue(tracker.blocking());
        assertEquals("action:question which database?", tracker.summary());
        assertEquals("emit", tracker.layers());

        assertTrue(tracker.humanInput(ANA));
        assertFalse(tracker.blocking());
        assertEquals("answered by web:ana", all(SessionEvent.AttentionCleared.class).getFirst().how());
        assertFalse(tracker.humanInput(ANA), "nothing left to clear");
    }

    @Test
    void the_vendors_ready_pattern_on_the_cursor_row_means_waiting_for_input() {
        AttentionTracker tracker = claude(false);
        assertFalse(tracker.ready(show("✻ Working… (esc to interrupt)\r\n")));
        assertTrue(tracker.ready(show("\u001b[2J\u001b[H│ > │")));
    }
}
