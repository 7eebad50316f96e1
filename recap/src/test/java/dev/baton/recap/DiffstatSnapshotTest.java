package dev.baton.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.protocol.event.SessionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A worktree becomes a turn-end {@code diffstat} event and back unchanged; lines that are not numstat are skipped. */
class DiffstatSnapshotTest {
    @Test
    void a_worktree_survives_the_trip_through_its_snapshot_event() {
        SessionFacts.Worktree w = new SessionFacts.Worktree(List.of(new Recap.FileChange("src/a b.txt", 3, 1, false),
                new Recap.FileChange("logo.png", 0, 0, true)), List.of("abc1234 Fix it"), List.of("src/a b.txt"));
        SessionEvent.DiffstatTaken d = w.snapshot();
        assertEquals(List.of("3\t1\tsrc/a b.txt", "-\t-\tlogo.png"), d.numstat());
        assertEquals(w, SessionFacts.Worktree.of(d));
    }

    @Test
    void lines_that_are_not_numstat_lines_are_skipped() {
        SessionFacts.Worktree w = SessionFacts.Worktree.of(new SessionEvent.DiffstatTaken(List.of("garbage", "x\t1\tf",
                "2\t0\tok.txt"), List.of(), List.of()));
        assertEquals(List.of(new Recap.FileChange("ok.txt", 2, 0, false)), w.diffstat());
    }
}
