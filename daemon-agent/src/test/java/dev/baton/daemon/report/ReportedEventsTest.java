package dev.baton.daemon.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportedEventsTest {
    static final Path WT = Path.of("/w/fix");

    static String error(Map<String, Object> event) {
        var batch = ReportedEvents.parse(List.of(Map.of("kind", "ok"), event), WT);
        assertEquals(1, batch.valid().size(), "the good event of the batch still passes");
        assertEquals(1, batch.refused().get(0).index());
        return batch.refused().get(0).error();
    }

    @Test
    void a_typed_event_keeps_its_level_kind_message_and_free_fields() {
        ReportedEvent e = ReportedEvents.parse(List.of(Map.of("level", "notice", "kind", "test_run",
                "message", "12 passed", "passed", 12L, "suite", "unit")), WT).valid().getFirst();
        assertEquals(new SessionEvent.Emitted(AttentionLevel.NOTICE, "test_run", "12 passed",
                Map.of("passed", 12L, "suite", "unit")), e.event());
        assertTrue(e.raisesAttention());
        assertEquals(AttentionReason.NOTIFICATION, e.reason(), "a kind of its own is a notification to the thread");
    }

    @Test
    void the_level_defaults_to_info_and_an_attention_kind_keeps_its_reason() {
        ReportedEvent info = ReportedEvents.parse(List.of(Map.of("kind", "step")), WT).valid().getFirst();
        assertEquals(AttentionLevel.INFO, info.level());
        ReportedEvent action = ReportedEvents.parse(List.of(Map.of("level", "action", "kind", "permission",
                "message", "may I push?")), WT).valid().getFirst();
        assertEquals(AttentionReason.PERMISSION, action.reason());
        assertEquals("may I push?", action.text());
    }

    @Test
    void each_bad_event_gets_a_clear_error_of_its_own() {
        assertEquals("kind is missing (e.g. \"kind\":\"test_run\")", error(Map.of("message", "hi")));
        assertEquals("level must be info, notice or action, not 'loud'", error(Map.of("level", "loud", "kind", "x")));
        assertTrue(error(Map.of("kind", "Test Run")).startsWith("kind 'Test Run' must be 1-64 lower-case"));
        assertEquals("message must be a string", error(Map.of("kind", "x", "message", 3L)));
        assertEquals("message is longer than 4096 characters", error(Map.of("kind", "x", "message", "a".repeat(4097))));
        assertEquals("an artifact needs a path or a commit (one of them)", error(Map.of("kind", "artifact")));
        assertTrue(error(Map.of("kind", "artifact", "artifact", "video", "path", "a")).startsWith("artifact must be one of"));
        assertTrue(error(Map.of("kind", "artifact", "commit", "HEAD")).startsWith("commit must be a commit id"));
        Map<String, Object> big = new HashMap<>(Map.of("kind", "x"));
        big.put("blob", "b".repeat(20_000));
        assertEquals("the free fields are larger than 16384 characters of JSON", error(big));
        List<Map<String, Object>> nulls = new ArrayList<>();
        nulls.add(null);
        assertEquals("an event must be a JSON object", ReportedEvents.parse(nulls, WT).refused().getFirst().error());
    }

    @Test
    void artifacts_are_recorded_by_path_in_the_worktree_or_by_commit_id() {
        var batch = ReportedEvents.parse(List.of(
                Map.of("kind", "artifact", "path", "out/report.html", "message", "coverage"),
                Map.of("kind", "artifact", "artifact", "test_result", "path", "/tmp/junit.xml"),
                Map.of("kind", "artifact", "commit", "0123abcd")), WT);
        assertEquals(List.of(new SessionEvent.ArtifactSaved("file", "/w/fix/out/report.html", "", "coverage"),
                new SessionEvent.ArtifactSaved("test_result", "/tmp/junit.xml", "", ""),
                new SessionEvent.ArtifactSaved("commit", "", "0123abcd", "")),
                batch.valid().stream().map(ReportedEvent::event).toList());
    }

    @Test
    void a_batch_larger_than_the_limit_is_refused_whole() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= ReportedEvents.MAX_BATCH; i++) {
            many.add(Map.of("kind", "x"));
        }
        assertThrows(IllegalArgumentException.class, () -> ReportedEvents.parse(many, WT));
    }
}
