package dev.baton.daemon.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.attention.PromptProfile.ScreenPrompt;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SignalLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The one open permission prompt: when the screen scan may open one, when it is gone, and where answers go. */
class PromptDeskTest {
    static final Optional<ScreenPrompt> DIALOG = Optional.of(new ScreenPrompt(AttentionReason.PERMISSION,
            "Do you want to proceed?", List.of("1. Yes", "2. Yes, and don't ask again", "3. No"), "Bash", "rm -rf build"));
    static final Optional<ScreenPrompt> NOTHING = Optional.empty();
    static final Sender ANA = new Sender(Sender.Surface.WEB, "ana");
    static final Sender BOB = new Sender(Sender.Surface.CLI, "bob");
    static final Map<String, Object> BASH = Map.of("tool_name", "Bash", "tool_input", Map.of("command", "rm -rf build"),
            "permission_suggestions", List.of("rule"));

    final List<SessionEvent> events = new ArrayList<>();

    <T extends SessionEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    PromptDesk screenOnly() {
        return new PromptDesk(events::add, false);
    }

    /** A desk with a screen prompt open since t=150. */
    PromptDesk openOnScreen() {
        PromptDesk desk = screenOnly();
        desk.onScreen(DIALOG, 0, false);
        assertTrue(desk.onScreen(DIALOG, PromptDesk.SETTLE_MS, false));
        return desk;
    }

    @Test
    void a_dialog_opens_a_screen_prompt_only_once_it_has_read_the_same_for_the_settle_time() {
        PromptDesk desk = screenOnly();
        assertFalse(desk.onScreen(DIALOG, 1_000, false));
        assertFalse(desk.onScreen(DIALOG, 1_000 + PromptDesk.SETTLE_MS - 1, false));
        assertTrue(all(SessionEvent.PromptOpened.class).isEmpty());

        assertTrue(desk.onScreen(DIALOG, 1_000 + PromptDesk.SETTLE_MS, true));
        SessionEvent.PromptOpened opened = all(SessionEvent.PromptOpened.class).getFirst();
        assertEquals(SignalLayer.SCREEN, opened.layer());
        assertEquals("Bash", opened.tool());
        assertEquals("rm -rf build", opened.detail());
        assertTrue(opened.attended());
        assertTrue(desk.isOpen());
        assertEquals("action:permission Bash: rm -rf build", desk.summary());
    }

    @Test
    void a_half_drawn_dialog_that_changes_starts_the_settle_time_again() {
        PromptDesk desk = screenOnly();
        Optional<ScreenPrompt> half = Optional.of(new ScreenPrompt(AttentionReason.PERMISSION, "Do you want to proceed?",
                List.of("1. Yes"), "Bash", "rm -rf build"));
        desk.onScreen(half, 0, false);
        assertFalse(desk.onScreen(DIALOG, 100, false));
        assertFalse(desk.onScreen(DIALOG, 100 + PromptDesk.SETTLE_MS - 1, false));
        assertTrue(desk.onScreen(DIALOG, 100 + PromptDesk.SETTLE_MS, false));
        assertEquals(3, all(SessionEvent.PromptOpened.class).getFirst().options().size());
    }

    @Test
    void with_hooks_expected_the_screen_waits_out_the_hook_grace_then_falls_back_and_says_so() {
        PromptDesk desk = new PromptDesk(events::add, true);
        desk.onScreen(DIALOG, 0, false);
        assertFalse(desk.onScreen(DIALOG, PromptDesk.SETTLE_MS, false));
        assertFalse(desk.onScreen(DIALOG, PromptDesk.HOOK_GRACE_MS - 1, false));
        assertTrue(events.isEmpty());

        assertTrue(desk.onScreen(DIALOG, PromptDesk.HOOK_GRACE_MS, false));
        SessionEvent.Attention fallback = all(SessionEvent.Attention.class).getFirst();
        assertEquals(SignalLayer.SCREEN, fallback.layer());
        assertTrue(fallback.message().contains("falling back to the screen scan"), fallback.message());
        assertEquals(SignalLayer.SCREEN, all(SessionEvent.PromptOpened.class).getFirst().layer());
    }

    @Test
    void a_hook_prompt_opens_at_once_and_its_own_dialog_on_the_screen_does_not_open_another() {
        PromptDesk desk = new PromptDesk(events::add, true);
        desk.openFromHook(BASH, new CompletableFuture<>(), false);
        assertEquals(SignalLayer.HOOK, all(SessionEvent.PromptOpened.class).getFirst().layer());

        desk.onScreen(DIALOG, 0, false);
        assertFalse(desk.onScreen(DIALOG, PromptDesk.HOOK_GRACE_MS * 2, false));
        assertEquals(1, all(SessionEvent.PromptOpened.class).size());
    }

    @Test
    void a_dialog_gone_for_the_gone_time_was_answered_at_the_terminal() {
        PromptDesk desk = openOnScreen();
        assertFalse(desk.onScreen(NOTHING, 1_000, false));
        assertFalse(desk.onScreen(NOTHING, 1_000 + PromptDesk.GONE_MS - 1, false));
        assertTrue(desk.isOpen());

        assertTrue(desk.onScreen(NOTHING, 1_000 + PromptDesk.GONE_MS, false));
        assertFalse(desk.isOpen());
        SessionEvent.PromptAnswered answered = all(SessionEvent.PromptAnswered.class).getFirst();
        assertEquals(Decision.ANSWERED, answered.decision());
        assertEquals(Sender.daemon(), answered.by());
        assertEquals("terminal", answered.how());
    }

    @Test
    void a_redraw_shorter_than_the_gone_time_keeps_the_prompt_open() {
        PromptDesk desk = openOnScreen();
        desk.onScreen(NOTHING, 1_000, false);
        desk.onScreen(DIALOG, 1_000 + PromptDesk.GONE_MS - 1, false);
        desk.onScreen(NOTHING, 1_000 + PromptDesk.GONE_MS + 1, false);
        assertFalse(desk.onScreen(NOTHING, 1_000 + PromptDesk.GONE_MS * 2, false));
        assertTrue(desk.isOpen());
        assertTrue(all(SessionEvent.PromptAnswered.class).isEmpty());
    }

    @Test
    void keys_sent_before_the_dialog_left_the_screen_answered_it_in_their_senders_name() {
        PromptDesk desk = openOnScreen();
        desk.keysSent(BOB);
        desk.onScreen(NOTHING, 1_000, false);
        desk.onScreen(NOTHING, 1_000 + PromptDesk.GONE_MS, false);
        SessionEvent.PromptAnswered answered = all(SessionEvent.PromptAnswered.class).getFirst();
        assertEquals(BOB, answered.by());
        assertEquals("keys", answered.how());
    }

    @Test
    void an_answer_to_a_screen_prompt_gives_the_keys_of_the_dialogs_own_option() {
        PromptDesk desk = openOnScreen();
        SessionEvent.PromptOpened opened = all(SessionEvent.PromptOpened.class).getFirst();

        AnswerOutcome outcome = desk.answer(opened.promptId(), opened.inputHash(), Decision.ALLOW_ALWAYS, ANA, "", "chat");
        assertArrayEquals("2".getBytes(), assertInstanceOf(AnswerOutcome.Applied.class, outcome).keys());
        SessionEvent.PromptAnswered answered = all(SessionEvent.PromptAnswered.class).getFirst();
        assertEquals(ANA, answered.by());
        assertEquals("chat", answered.how());
        assertFalse(desk.isOpen());
    }

    @Test
    void a_dialog_answered_with_keys_does_not_open_again_while_it_lingers_on_the_screen() {
        PromptDesk desk = openOnScreen();
        SessionEvent.PromptOpened opened = all(SessionEvent.PromptOpened.class).getFirst();
        desk.answer(opened.promptId(), opened.inputHash(), Decision.ALLOW_ONCE, ANA, "", "chat");
        desk.onScreen(DIALOG, 1_000, false);
        assertFalse(desk.onScreen(DIALOG, 5_000, false));
        assertEquals(1, all(SessionEvent.PromptOpened.class).size());
    }

    @Test
    void an_answer_to_a_hook_prompt_completes_the_waiting_hook_and_types_nothing() {
        PromptDesk desk = new PromptDesk(events::add, true);
        CompletableFuture<HookReply> reply = new CompletableFuture<>();
        desk.openFromHook(BASH, reply, false);
        SessionEvent.PromptOpened opened = all(SessionEvent.PromptOpened.class).getFirst();

        AnswerOutcome outcome = desk.answer(opened.promptId(), opened.inputHash(), Decision.ALLOW_ALWAYS, ANA, "ok", "chat");
        assertEquals(0, assertInstanceOf(AnswerOutcome.Applied.class, outcome).keys().length);
        HookReply got = reply.getNow(null);
        assertEquals(Decision.ALLOW_ALWAYS, got.decision());
        assertEquals("ok", got.message());
        assertEquals(List.of("rule"), got.updatedPermissions());
    }

    @Test
    void the_first_answer_wins_and_a_second_one_is_stale() {
        PromptDesk desk = new PromptDesk(events::add, true);
        CompletableFuture<HookReply> reply = new CompletableFuture<>();
        desk.openFromHook(BASH, reply, false);
        SessionEvent.PromptOpened opened = all(SessionEvent.PromptOpened.class).getFirst();

        assertInstanceOf(AnswerOutcome.Applied.class,
                desk.answer(opened.promptId(), opened.inputHash(), Decision.DENY, ANA, "", "chat"));
        AnswerOutcome second = desk.answer(opened.promptId(), opened.inputHash(), Decision.ALLOW_ONCE, BOB, "", "chat");
        assertEquals("that prompt is no longer open", assertInstanceOf(AnswerOutcome.Stale.class, second).reason());
        assertEquals(Decision.DENY, reply.getNow(null).decision());
        assertEquals(1, all(SessionEvent.PromptAnswered.class).size());
    }

    @Test
    void an_answer_for_a_different_input_is_stale_and_leaves_the_prompt_open() {
        PromptDesk desk = openOnScreen();
        SessionEvent.PromptOpened opened = all(SessionEvent.PromptOpened.class).getFirst();
        AnswerOutcome outcome = desk.answer(opened.promptId(), "0123456789ab", Decision.ALLOW_ONCE, ANA, "", "chat");
        assertTrue(assertInstanceOf(AnswerOutcome.Stale.class, outcome).reason().contains("input changed"));
        assertTrue(desk.isOpen());
    }

    @Test
    void a_newer_permission_request_denies_the_hook_still_waiting() {
        PromptDesk desk = new PromptDesk(events::add, true);
        CompletableFuture<HookReply> first = new CompletableFuture<>();
        desk.openFromHook(BASH, first, false);
        desk.openFromHook(Map.of("tool_name", "Write", "tool_input", Map.of("file_path", "a.txt")),
                new CompletableFuture<>(), false);
        assertEquals(Decision.DENY, first.getNow(null).decision());
        assertEquals("action:permission Write: a.txt", desk.summary());
    }

    @Test
    void a_hook_that_went_away_was_answered_at_the_agents_terminal() {
        PromptDesk desk = new PromptDesk(events::add, true);
        CompletableFuture<HookReply> reply = new CompletableFuture<>();
        desk.openFromHook(BASH, reply, false);
        desk.hookGone(new CompletableFuture<>());
        assertTrue(desk.isOpen(), "another hook's going away changes nothing");

        desk.hookGone(reply);
        assertFalse(desk.isOpen());
        assertEquals("terminal", all(SessionEvent.PromptAnswered.class).getFirst().how());
    }

    @Test
    void a_session_that_ends_releases_the_hook_still_waiting() {
        PromptDesk desk = new PromptDesk(events::add, true);
        CompletableFuture<HookReply> reply = new CompletableFuture<>();
        desk.openFromHook(BASH, reply, false);
        desk.abandon();
        assertEquals(Decision.ANSWERED, reply.getNow(null).decision());
        assertFalse(desk.isOpen());
    }
}
