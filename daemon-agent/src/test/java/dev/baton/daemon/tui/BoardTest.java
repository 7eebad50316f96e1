package dev.baton.daemon.tui;

import static dev.baton.daemon.tui.FakePort.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.protocol.session.SessionState;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardTest {
    private final FakePort port = new FakePort();
    private final Board board = new Board();

    private List<String> names() {
        return board.rows().stream().map(Row::name).toList();
    }

    @Test
    void rows_needing_a_human_come_first_then_notices_then_the_rest_most_recent_first() {
        port.add(session("old", SessionState.WAITING, "", "2026-11-21T10:00:00Z"))
                .add(session("new", SessionState.RUNNING, "", "2026-11-21T11:00:00Z"))
                .add(session("done", SessionState.WAITING, "notice:done finished its turn", "2026-11-21T09:00:00Z"))
                .add(session("asks", SessionState.BLOCKED, "action:permission Bash: rm -rf build", "2026-11-21T08:00:00Z"));
        board.update(port.list());
        assertEquals(List.of("asks", "done", "new", "old"), names());
    }

    @Test
    void the_selection_starts_on_the_top_row_and_follows_its_session_when_rows_move() {
        port.add(session("a", SessionState.WAITING, "", "2026-11-21T10:00:00Z"))
                .add(session("b", SessionState.WAITING, "", "2026-11-21T09:00:00Z"));
        board.update(port.list());
        assertEquals("a", board.selected().orElseThrow().name());
        board.move(1);
        assertEquals("b", board.selected().orElseThrow().name());
        port.add(session("b", SessionState.BLOCKED, "action:permission Bash: ls", "2026-11-21T09:00:00Z"));
        board.update(port.list());
        assertEquals(List.of("b", "a"), names());
        assertEquals("b", board.selected().orElseThrow().name(), "the selection moved with its session");
        assertEquals(0, board.selectedIndex());
    }

    @Test
    void a_session_that_did_something_lately_moves_up_among_its_rank() {
        port.add(session("a", SessionState.WAITING, "", "2026-11-21T10:00:00Z"))
                .add(session("b", SessionState.WAITING, "", "2026-11-21T09:00:00Z"));
        board.update(port.list());
        board.touched(port.sessions.get(1).id(), "2026-11-21T10:30:00Z");
        assertEquals(List.of("b", "a"), names());
        board.update(port.list());
        assertEquals(List.of("b", "a"), names(), "a new listing keeps what the feed said");
    }

    @Test
    void the_filter_keeps_matching_rows_and_moves_the_selection_onto_them() {
        port.add(session("fix-login", SessionState.WAITING, "", "2026-11-21T10:00:00Z"))
                .add(session("docs", SessionState.WAITING, "", "2026-11-21T11:00:00Z"));
        board.update(port.list());
        assertEquals("docs", board.selected().orElseThrow().name());
        board.filter("LOGIN");
        assertEquals(List.of("fix-login"), names());
        assertEquals("fix-login", board.selected().orElseThrow().name());
        board.filter("");
        assertEquals(2, board.rows().size());
    }

    @Test
    void moving_stops_at_either_end() {
        port.add(session("a", SessionState.WAITING, "", "2026-11-21T10:00:00Z"));
        board.update(port.list());
        board.move(-1);
        board.move(5);
        assertEquals("a", board.selected().orElseThrow().name());
    }
}
