package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    @Test
    void every_event_type_round_trips_through_json() {
        Sender ana = new Sender(Sender.Surface.CLI, "ana");
        List<SessionEvent> all = List.of(
                new SessionEvent.Created("n", "claude", "/r", "main", "baton/n", "/w", "do it", ana),
                new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "quiet"),
                new SessionEvent.Attention(AttentionLevel.ACTION, AttentionReason.PERMISSION, "Proceed?", SignalLayer.SCREEN),
                new SessionEvent.AttentionCleared("answered"),
                new SessionEvent.InputSent(ana, "hello\nworld"),
                new SessionEvent.KeysSent(ana, List.of("esc", "1")),
                new SessionEvent.Attached(ana),
                new SessionEvent.Detached(ana, "ctrl-]"),
                new SessionEvent.Exited(3),
                new SessionEvent.ArtifactSaved("patch", "/a.patch"),
                new SessionEvent.ArtifactSaved("commit", "", "0123abc", "add the parser"),
                new SessionEvent.Emitted(AttentionLevel.INFO, "step", "parsing", Map.of("n", 2L, "tags", List.of("a"))),
                new SessionEvent.WorktreeRemoved("baton/n", true),
                new SessionEvent.KillRequested(ana, true),
                new SessionEvent.TurnQueued("t-1", 3, ana, "fix it", 2),
                new SessionEvent.TurnDelivered("t-1", 3, "[from ana] fix it"),
                new SessionEvent.Adopted(4242, "re-adopted from the PTY host"),
                new SessionEvent.OutputLost(1048576),
                new SessionEvent.PromptOpened("p-1", SignalLayer.HOOK, "Bash", "echo hi > a", "Do you want to proceed?",
                        List.of("1. Yes", "2. No"), "abc123", true),
                new SessionEvent.PromptAnswered("p-1", dev.baton.protocol.session.Decision.DENY, ana, "chat", "not now"),
                new SessionEvent.Audit(ana, "approve", "refused", "not an approver"),
                new SessionEvent.AgentMessage("I will write the file."),
                new SessionEvent.ToolCall("toolu_1", "Bash", "{\"command\":\"ls\"}", "ls"),
                new SessionEvent.ToolResult("toolu_1", false, "Exit code 1"),
                new SessionEvent.Usage("msg_1/req_1", "claude-opus-5-5", 10, 5, 300, 200, java.util.Optional.of(0.0012)),
                new SessionEvent.Usage("rollout-x.jsonl@42", "gpt-5.1-codex", 20, 7, 100, 0, java.util.Optional.empty()),
                new SessionEvent.BudgetRaised(ana, "usd", "1.00", "1.50"));
        SessionId id = SessionId.random();
        long seq = 1;
        for (SessionEvent e : all) {
            EventRecord r = new EventRecord(id, seq++, Instant.parse("2026-11-21T10:42:00Z"), e);
            assertEquals(r, EventJson.fromMap(Json.parseObject(Json.write(EventJson.toMap(r)))));
        }
    }
}
