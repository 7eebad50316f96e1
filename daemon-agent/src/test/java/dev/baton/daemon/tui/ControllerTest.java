package dev.baton.daemon.tui;

import static dev.baton.daemon.tui.FakePort.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.session.SessionState;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The TUI's state machine with a fake daemon: keys in, frames (as plain text at 80x24) and requests out. */
class ControllerTest {
    private final FakePort port = new FakePort();
    private final ArrayDeque<Input> posted = new ArrayDeque<>();
    private long now = 1_000;
    private final Controller tui = new Controller(port, posted::add, Runnable::run, () -> now);

    private void drain() {
        while (!posted.isEmpty()) {
            tui.handle(posted.poll());
        }
    }

    private void key(Action a, String text) {
        tui.handle(new Input.Key(a, text));
        drain();
    }

    private void key(Action a) {
        key(a, "");
    }

    private List<String> screen() {
        List<AttributedString> lines = tui.frame(80, 24);
        assertEquals(24, lines.size(), "a frame fills the terminal exactly");
        lines.forEach(l -> assertTrue(l.columnLength() <= 80, "no line is wider than the terminal: " + l));
        return lines.stream().map(AttributedString::toString).toList();
    }

    private static Map<String, Object> event(SessionSummary s, long seq, String type, Map<String, Object> body) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("session", s.id().value());
        e.put("seq", seq);
        e.put("at", "2026-11-21T12:00:0" + seq + "Z");
        e.put("type", type);
        e.putAll(body);
        return e;
    }

    private static Map<String, Object> prompt(SessionSummary s, long seq) {
        return event(s, seq, "prompt_opened", Map.of("prompt_id", "p-00000001", "layer", "hook", "tool", "Bash",
                "detail", "rm -rf build", "question", "Allow Bash?", "options",
                List.of("1. Yes", "2. Yes, and don't ask again", "3. No"), "input_hash", "0123456789ab",
                "attended", false));
    }

    @Test
    void the_first_frame_shows_every_session_with_the_ls_columns_at_80_by_24() {
        SessionSummary a = session("fix-login", SessionState.BLOCKED, "action:permission Bash: rm -rf build",
                "2026-11-21T10:00:00Z");
        port.add(a).add(session("docs", SessionState.WAITING, "", "2026-11-21T11:00:00Z"));
        port.usage.put(a.id(), Map.of("requests", 3L, "input_tokens", 12_000L, "output_tokens", 900L, "cost_usd", 0.18));
        tui.start();
        drain();
        List<String> s = screen();
        assertTrue(s.get(0).contains("2 sessions, 1 need you"), s.get(0));
        assertTrue(s.get(1).startsWith("NAME") && s.get(1).contains("ATTENTION") && s.get(1).contains("TOKENS")
                && s.get(1).contains("COST"), s.get(1));
        assertTrue(s.get(2).startsWith("fix-login") && s.get(2).contains("12.0k/900") && s.get(2).contains("$0.18"), s.get(2));
        assertTrue(s.get(3).startsWith("docs") && s.get(3).contains(" - "), "no usage yet reads as -: " + s.get(3));
        assertTrue(s.get(23).contains("a approve") && s.get(23).endsWith("? q"), "the footer shows the keys: " + s.get(23));
    }

    @Test
    void the_detail_pane_shows_the_open_prompt_and_a_approves_it_with_its_id_and_hash() {
        SessionSummary a = session("asks", SessionState.BLOCKED, "action:permission Bash: rm -rf build",
                "2026-11-21T10:00:00Z");
        port.add(a);
        port.history.put("asks", List.of(prompt(a, 1)));
        tui.start();
        drain();
        String text = String.join("\n", screen());
        assertTrue(text.contains("PROMPT [hook] Bash: Allow Bash?") && text.contains("$ rm -rf build")
                && text.contains("2. Yes, and don't ask again"), text);
        key(Action.APPROVE);
        assertEquals(List.of("answer asks p-00000001 0123456789ab allow_once"), port.requests);
        assertTrue(screen().get(0).contains("asks: approved once"));
    }

    @Test
    void A_approves_always_and_d_denies_a_prompt_that_arrived_on_the_feed() {
        SessionSummary a = session("asks", SessionState.WAITING, "", "2026-11-21T10:00:00Z");
        port.add(a);
        tui.start();
        drain();
        key(Action.DENY);
        assertTrue(port.requests.isEmpty(), "no prompt, no answer");
        assertTrue(screen().get(0).contains("asks has no open prompt"));
        tui.handle(new Input.FeedEvent(prompt(a, 1)));
        drain();
        key(Action.APPROVE_ALWAYS);
        key(Action.DENY);
        assertEquals(List.of("answer asks p-00000001 0123456789ab allow_always",
                "answer asks p-00000001 0123456789ab deny"), port.requests);
        tui.handle(new Input.FeedEvent(event(a, 2, "prompt_answered", Map.of("prompt_id", "p-00000001",
                "decision", "deny", "by", "cli:ana", "how", "tui"))));
        drain();
        assertTrue(String.join("\n", screen()).contains("prompt_answered  deny by cli:ana (tui)"));
        assertTrue(!String.join("\n", screen()).contains("PROMPT ["), "an answered prompt leaves the pane");
    }

    @Test
    void a_feed_event_asks_for_the_rows_again_and_the_selection_follows_its_session() {
        SessionSummary a = session("a", SessionState.WAITING, "", "2026-11-21T10:00:00Z");
        SessionSummary b = session("b", SessionState.WAITING, "", "2026-11-21T09:00:00Z");
        port.add(a).add(b);
        tui.start();
        drain();
        key(Action.DOWN);
        assertEquals("b", tui.board().selected().orElseThrow().name());
        port.add(session("a", SessionState.BLOCKED, "action:permission ls", "2026-11-21T10:00:00Z"));
        port.add(session("b", SessionState.WAITING, "notice:done finished", "2026-11-21T09:00:00Z"));
        tui.handle(new Input.FeedEvent(event(b, 1, "state", Map.of("from", "running", "to", "waiting"))));
        drain();
        assertEquals(List.of("a", "b"), tui.board().rows().stream().map(Row::name).toList());
        assertEquals("b", tui.board().selected().orElseThrow().name());
        assertTrue(screen().get(3).startsWith("b "), "b's row is drawn second");
    }

    @Test
    void i_types_a_turn_and_K_kills_only_after_y() {
        port.add(session("a", SessionState.WAITING, "", "2026-11-21T10:00:00Z"));
        tui.start();
        drain();
        key(Action.TYPE);
        assertTrue(tui.typing());
        "hi".chars().forEach(c -> key(Action.CHAR, Character.toString(c)));
        assertTrue(screen().get(23).startsWith("type to a> hi"), screen().get(23));
        key(Action.SUBMIT);
        key(Action.KILL);
        assertTrue(screen().get(23).contains("kill a?"));
        key(Action.CHAR, "n");
        key(Action.KILL);
        key(Action.CHAR, "y");
        assertEquals(List.of("input a hi", "kill a"), port.requests);
    }

    @Test
    void s_r_e_and_help_open_text_views_that_q_closes() {
        SessionSummary a = session("a", SessionState.WAITING, "", "2026-11-21T10:00:00Z");
        port.add(a);
        port.history.put("a", List.of(event(a, 1, "state", Map.of("from", "starting", "to", "running"))));
        tui.start();
        drain();
        key(Action.SCREEN);
        assertTrue(String.join("\n", screen()).contains("screen of a"));
        key(Action.QUIT);
        assertTrue(!tui.quit(), "q closes the view, not the TUI");
        key(Action.RECAP);
        assertTrue(String.join("\n", screen()).contains("recap of a"));
        key(Action.CANCEL);
        key(Action.EVENTS);
        assertTrue(String.join("\n", screen()).contains("state  starting -> running"));
        key(Action.CANCEL);
        key(Action.HELP);
        assertTrue(String.join("\n", screen()).contains("Ctrl-] comes back here"));
        key(Action.QUIT);
        key(Action.QUIT);
        assertTrue(tui.quit());
    }

    @Test
    void slash_filters_while_typing_and_esc_clears_it() {
        port.add(session("fix-login", SessionState.WAITING, "", "2026-11-21T10:00:00Z"))
                .add(session("docs", SessionState.WAITING, "", "2026-11-21T11:00:00Z"));
        tui.start();
        drain();
        key(Action.FILTER);
        "log".chars().forEach(c -> key(Action.CHAR, Character.toString(c)));
        assertEquals(1, tui.board().rows().size());
        key(Action.SUBMIT);
        assertTrue(screen().get(0).contains("[filter: log]"));
        key(Action.CANCEL);
        assertEquals(2, tui.board().rows().size());
    }

    @Test
    void enter_asks_the_loop_to_attach_to_the_selected_session() {
        port.add(session("a", SessionState.WAITING, "", "2026-11-21T10:00:00Z"));
        tui.start();
        drain();
        key(Action.ATTACH);
        assertEquals(Optional.of("a"), tui.takeAttach());
        assertEquals(Optional.empty(), tui.takeAttach());
        tui.attached("a", "detached");
        drain();
        assertTrue(screen().get(0).contains("a: detached"));
    }

    @Test
    void a_small_or_resized_terminal_still_gets_a_whole_frame() {
        for (int i = 0; i < 30; i++) {
            port.add(session("s" + i, SessionState.WAITING, i % 3 == 0 ? "action:permission x" : "",
                    "2026-11-21T10:00:" + (10 + i) + "Z"));
        }
        tui.start();
        drain();
        for (int i = 0; i < 25; i++) {
            key(Action.DOWN);
        }
        for (int[] size : new int[][] {{80, 24}, {40, 10}, {132, 50}, {20, 5}}) {
            List<AttributedString> lines = tui.frame(size[0], size[1]);
            assertEquals(size[1], lines.size());
            lines.forEach(l -> assertTrue(l.columnLength() <= size[0], l.toString()));
        }
        String name = tui.board().selected().orElseThrow().name();
        assertTrue(String.join("\n", screen()).contains(name + " "), "the selected row stays in view");
    }
}
