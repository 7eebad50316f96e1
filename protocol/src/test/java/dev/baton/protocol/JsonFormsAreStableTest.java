package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.CoAuthor;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.protocol.wire.WireMessage.*;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON of every event and wire message, field for field, as the hand-written mappers wrote it before the one
 * record mapping replaced them (wire version 2 adds only {@code heartbeat}): scripts, the hub and stored events
 * rely on these exact forms.
 */
class JsonFormsAreStableTest {
    static final SessionId ID = new SessionId("s-0123456789ab");

    @Test
    void every_event_is_written_as_before() {
        Sender ana = new Sender(Sender.Surface.CLI, "ana");
        List<SessionEvent> all = List.of(
                new SessionEvent.Created("n", "claude", "/r", "main", "baton/n", "/w", "do it", ana, "default"),
                new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "quiet"),
                new SessionEvent.Attention(AttentionLevel.ACTION, AttentionReason.PERMISSION, "Proceed?", SignalLayer.SCREEN),
                new SessionEvent.AttentionCleared("answered"),
                new SessionEvent.InputSent(ana, "hello\nworld"),
                new SessionEvent.KeysSent(ana, List.of("esc", "1")),
                new SessionEvent.Attached(ana),
                new SessionEvent.Detached(ana, "ctrl-]"),
                new SessionEvent.Exited(3),
                new SessionEvent.ArtifactSaved("patch", "/a.patch"),
                new SessionEvent.WorktreeRemoved("baton/n", true),
                new SessionEvent.KillRequested(ana, true),
                new SessionEvent.TurnQueued("t-1", 3, ana, "fix it", 2),
                new SessionEvent.TurnDelivered("t-1", 3, "[from ana] fix it"),
                new SessionEvent.Adopted(4242, "re-adopted from the PTY host"),
                new SessionEvent.OutputLost(1048576),
                new SessionEvent.PromptOpened("p-1", SignalLayer.HOOK, "Bash", "echo hi > a", "Do you want to proceed?",
                        List.of("1. Yes", "2. No"), "abc123", true),
                new SessionEvent.PromptAnswered("p-1", Decision.DENY, ana, "chat", "not now"),
                new SessionEvent.Audit(ana, "approve", "refused", "not an approver"),
                new SessionEvent.AgentMessage("I will write the file."),
                new SessionEvent.ToolCall("toolu_1", "Bash", "{\"command\":\"ls\"}", "ls"),
                new SessionEvent.ToolResult("toolu_1", false, "Exit code 1"),
                new SessionEvent.Usage("msg_1/req_1", "claude-opus-5-5", 10, 5, 300, 200, java.util.Optional.of(0.0012)),
                new SessionEvent.Usage("rollout-x.jsonl@42", "gpt-5.1-codex", 20, 7, 100, 0, java.util.Optional.empty()),
                new SessionEvent.BudgetRaised(ana, "usd", "1.00", "1.50"));
        List<String> expected = List.of(
                "{\"session\":\"s-0123456789ab\",\"seq\":1,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"created\",\"name\":\"n\",\"agent\":\"claude\",\"repo\":\"/r\",\"base_branch\":\"main\",\"branch\":\"baton/n\",\"worktree\":\"/w\",\"prompt\":\"do it\",\"owner\":\"cli:ana\",\"mode\":\"default\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":2,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"state\",\"from\":\"running\",\"to\":\"waiting\",\"reason\":\"quiet\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":3,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"attention\",\"level\":\"action\",\"kind\":\"permission\",\"message\":\"Proceed?\",\"layer\":\"screen\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":4,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"attention_cleared\",\"how\":\"answered\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":5,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"input\",\"sender\":\"cli:ana\",\"text\":\"hello\\nworld\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":6,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"keys\",\"sender\":\"cli:ana\",\"keys\":[\"esc\",\"1\"]}",
                "{\"session\":\"s-0123456789ab\",\"seq\":7,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"attached\",\"who\":\"cli:ana\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":8,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"detached\",\"who\":\"cli:ana\",\"how\":\"ctrl-]\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":9,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"exited\",\"exit_code\":3}",
                "{\"session\":\"s-0123456789ab\",\"seq\":10,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"artifact\",\"kind\":\"patch\",\"path\":\"/a.patch\",\"commit\":\"\",\"label\":\"\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":11,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"worktree_removed\",\"branch\":\"baton/n\",\"branch_kept\":true}",
                "{\"session\":\"s-0123456789ab\",\"seq\":12,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"kill_requested\",\"by\":\"cli:ana\",\"remove\":true}",
                "{\"session\":\"s-0123456789ab\",\"seq\":13,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"turn_queued\",\"turn_id\":\"t-1\",\"number\":3,\"sender\":\"cli:ana\",\"text\":\"fix it\",\"ahead\":2}",
                "{\"session\":\"s-0123456789ab\",\"seq\":14,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"turn_delivered\",\"turn_id\":\"t-1\",\"number\":3,\"typed\":\"[from ana] fix it\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":15,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"adopted\",\"pid\":4242,\"how\":\"re-adopted from the PTY host\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":16,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"output_lost\",\"bytes\":1048576}",
                "{\"session\":\"s-0123456789ab\",\"seq\":17,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"prompt_opened\",\"prompt_id\":\"p-1\",\"layer\":\"hook\",\"tool\":\"Bash\",\"detail\":\"echo hi > a\",\"question\":\"Do you want to proceed?\",\"options\":[\"1. Yes\",\"2. No\"],\"input_hash\":\"abc123\",\"attended\":true}",
                "{\"session\":\"s-0123456789ab\",\"seq\":18,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"prompt_answered\",\"prompt_id\":\"p-1\",\"decision\":\"deny\",\"by\":\"cli:ana\",\"how\":\"chat\",\"message\":\"not now\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":19,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"audit\",\"actor\":\"cli:ana\",\"action\":\"approve\",\"outcome\":\"refused\",\"reason\":\"not an approver\"}",
                // the agent's own record (issue 13), as its hand-written mapper wrote it
                "{\"session\":\"s-0123456789ab\",\"seq\":20,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"agent_message\",\"text\":\"I will write the file.\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":21,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"tool_call\",\"call_id\":\"toolu_1\",\"tool\":\"Bash\",\"input\":\"{\\\"command\\\":\\\"ls\\\"}\",\"command\":\"ls\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":22,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"tool_result\",\"call_id\":\"toolu_1\",\"ok\":false,\"output\":\"Exit code 1\"}",
                "{\"session\":\"s-0123456789ab\",\"seq\":23,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"usage\",\"request\":\"msg_1/req_1\",\"model\":\"claude-opus-5-5\",\"input_tokens\":10,\"output_tokens\":5,\"cache_read_tokens\":300,\"cache_write_tokens\":200,\"cost_usd\":0.0012}",
                "{\"session\":\"s-0123456789ab\",\"seq\":24,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"usage\",\"request\":\"rollout-x.jsonl@42\",\"model\":\"gpt-5.1-codex\",\"input_tokens\":20,\"output_tokens\":7,\"cache_read_tokens\":100,\"cache_write_tokens\":0}",
                "{\"session\":\"s-0123456789ab\",\"seq\":25,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"budget_raised\",\"by\":\"cli:ana\",\"budget\":\"usd\",\"amount\":\"1.00\",\"limit\":\"1.50\"}");
        long seq = 1;
        for (int i = 0; i < all.size(); i++) {
            EventRecord r = new EventRecord(ID, seq++, Instant.parse("2026-11-21T10:42:00Z"), all.get(i));
            assertEquals(expected.get(i), Json.write(EventJson.toMap(r)));
            assertEquals(r, EventJson.fromMap(Json.parseObject(expected.get(i))));
        }
    }

    @Test
    void an_artifact_stored_before_commits_and_labels_reads_as_a_patch_at_its_path() {
        EventRecord old = EventJson.fromMap(Json.parseObject("{\"session\":\"s-0123456789ab\",\"seq\":10,"
                + "\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"artifact\",\"kind\":\"patch\",\"path\":\"/a.patch\"}"));
        assertEquals(new SessionEvent.ArtifactSaved("patch", "/a.patch"), old.event());
    }

    @Test
    void emitted_events_and_commit_artifacts_have_their_own_forms() {
        List<SessionEvent> all = List.of(
                new SessionEvent.Emitted(AttentionLevel.NOTICE, "test_run", "12 passed", Map.of("passed", 12L)),
                new SessionEvent.ArtifactSaved("commit", "", "0123abc", "add the parser"));
        List<String> expected = List.of(
                "{\"session\":\"s-0123456789ab\",\"seq\":1,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"emitted\",\"level\":\"notice\",\"kind\":\"test_run\",\"message\":\"12 passed\",\"fields\":{\"passed\":12}}",
                "{\"session\":\"s-0123456789ab\",\"seq\":2,\"at\":\"2026-11-21T10:42:00Z\",\"type\":\"artifact\",\"kind\":\"commit\",\"path\":\"\",\"commit\":\"0123abc\",\"label\":\"add the parser\"}");
        for (int i = 0; i < all.size(); i++) {
            EventRecord r = new EventRecord(ID, i + 1, Instant.parse("2026-11-21T10:42:00Z"), all.get(i));
            assertEquals(expected.get(i), Json.write(EventJson.toMap(r)));
            assertEquals(r, EventJson.fromMap(Json.parseObject(expected.get(i))));
        }
    }

    @Test
    void every_wire_message_is_written_as_before() {
        SessionId id = ID;
        List<WireMessage> all = List.of(
                new Hello(1, "d-1", "laptop", "host", List.of("/r"), List.of(new AgentOffer("claude", "claude")), 8, "tok", 41),
                new StartResult("r1", id, true, "", "n", "claude", "/r", "main", "baton/n"),
                new Event(new EventRecord(id, 3, Instant.parse("2026-11-21T10:00:00Z"),
                        new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "idle"))),
                new QueryResult("q1", true, "screen"),
                new Welcome("hub", Map.of(id.value(), 7L, "s-ffffffffffff", 2L, "s-000000000000", 9L)),
                new Rejected("bad token"),
                new StartSession("r1", id, "n", "claude", "/r", "main", "do it", Sender.parse("web:ana"), "old",
                        CoAuthor.find("Ana <a@b>")),
                new DeliverTurn(id, "t1", 3, Sender.parse("web:ana"), "hello", CoAuthor.find("Ana <a@b>")),
                new SendKeys(id, List.of("esc"), Sender.parse("web:ana")),
                new PtyOutput(id, true, 120, 40, "G1sySg=="),
                new Watch(id, true),
                new Pause(id, true, Sender.parse("web:ana")),
                new Kill(id, true, Sender.parse("web:ana")),
                new AnswerPrompt(id, "p-1", "abc", Decision.DENY, Sender.parse("web:ana"), "no", CoAuthor.find("Ana <a@b>")),
                new AuditNote(id, Sender.parse("web:bob"), "approve", "refused", "not an approver"),
                new Query("q1", id, QueryKind.SCREEN),
                new Ack(),
                new Heartbeat(),
                new RaiseBudget(id, "1.00", Sender.parse("web:carol")));
        List<String> expected = List.of(
                "{\"v\":2,\"n\":1,\"ack\":40,\"type\":\"hello\",\"protocol_version\":1,\"daemon_id\":\"d-1\",\"name\":\"laptop\",\"host\":\"host\",\"repos\":[\"/r\"],\"agents\":[{\"name\":\"claude\",\"vendor\":\"claude\"}],\"capacity\":8,\"token\":\"tok\",\"hello_ack\":41}",
                "{\"v\":2,\"n\":2,\"ack\":40,\"type\":\"start_result\",\"request_id\":\"r1\",\"session_id\":\"s-0123456789ab\",\"started\":true,\"reason\":\"\",\"name\":\"n\",\"agent\":\"claude\",\"repo\":\"/r\",\"base_branch\":\"main\",\"branch\":\"baton/n\"}",
                "{\"v\":2,\"n\":3,\"ack\":40,\"type\":\"event\",\"record\":{\"session\":\"s-0123456789ab\",\"seq\":3,\"at\":\"2026-11-21T10:00:00Z\",\"type\":\"state\",\"from\":\"running\",\"to\":\"waiting\",\"reason\":\"idle\"}}",
                "{\"v\":2,\"n\":4,\"ack\":40,\"type\":\"query_result\",\"request_id\":\"q1\",\"ok\":true,\"text\":\"screen\"}",
                "{\"v\":2,\"n\":5,\"ack\":40,\"type\":\"welcome\",\"hub\":\"hub\",\"resume\":{\"s-000000000000\":9,\"s-0123456789ab\":7,\"s-ffffffffffff\":2}}",
                "{\"v\":2,\"n\":6,\"ack\":40,\"type\":\"rejected\",\"reason\":\"bad token\"}",
                "{\"v\":2,\"n\":7,\"ack\":40,\"type\":\"start_session\",\"request_id\":\"r1\",\"session_id\":\"s-0123456789ab\",\"name\":\"n\",\"agent\":\"claude\",\"repo\":\"/r\",\"branch\":\"main\",\"prompt\":\"do it\",\"owner\":\"web:ana\",\"continues\":\"old\",\"co_author\":\"Ana <a@b>\"}",
                "{\"v\":2,\"n\":8,\"ack\":40,\"type\":\"deliver_turn\",\"session_id\":\"s-0123456789ab\",\"turn_id\":\"t1\",\"number\":3,\"sender\":\"web:ana\",\"text\":\"hello\",\"co_author\":\"Ana <a@b>\"}",
                "{\"v\":2,\"n\":9,\"ack\":40,\"type\":\"send_keys\",\"session_id\":\"s-0123456789ab\",\"keys\":[\"esc\"],\"sender\":\"web:ana\"}",
                "{\"v\":2,\"n\":10,\"ack\":40,\"type\":\"pty_output\",\"session_id\":\"s-0123456789ab\",\"reset\":true,\"cols\":120,\"rows\":40,\"data\":\"G1sySg==\"}",
                "{\"v\":2,\"n\":11,\"ack\":40,\"type\":\"watch\",\"session_id\":\"s-0123456789ab\",\"on\":true}",
                "{\"v\":2,\"n\":12,\"ack\":40,\"type\":\"pause\",\"session_id\":\"s-0123456789ab\",\"paused\":true,\"sender\":\"web:ana\"}",
                "{\"v\":2,\"n\":13,\"ack\":40,\"type\":\"kill\",\"session_id\":\"s-0123456789ab\",\"remove\":true,\"sender\":\"web:ana\"}",
                "{\"v\":2,\"n\":14,\"ack\":40,\"type\":\"answer_prompt\",\"session_id\":\"s-0123456789ab\",\"prompt_id\":\"p-1\",\"input_hash\":\"abc\",\"decision\":\"deny\",\"sender\":\"web:ana\",\"message\":\"no\",\"co_author\":\"Ana <a@b>\"}",
                "{\"v\":2,\"n\":15,\"ack\":40,\"type\":\"audit_note\",\"session_id\":\"s-0123456789ab\",\"actor\":\"web:bob\",\"action\":\"approve\",\"outcome\":\"refused\",\"reason\":\"not an approver\"}",
                "{\"v\":2,\"n\":16,\"ack\":40,\"type\":\"query\",\"request_id\":\"q1\",\"session_id\":\"s-0123456789ab\",\"kind\":\"screen\"}",
                "{\"v\":2,\"n\":17,\"ack\":40,\"type\":\"ack\"}",
                "{\"v\":2,\"n\":18,\"ack\":40,\"type\":\"heartbeat\"}",
                "{\"v\":2,\"n\":19,\"ack\":40,\"type\":\"raise_budget\",\"session_id\":\"s-0123456789ab\",\"usd\":\"1.00\",\"sender\":\"web:carol\"}");
        long n = 1;
        for (int i = 0; i < all.size(); i++) {
            Frame f = new Frame(n++, 40, all.get(i));
            assertEquals(expected.get(i), WireJson.write(f));
            assertEquals(f, WireJson.read(expected.get(i)));
        }
    }

    @Test
    void optional_fields_may_be_absent_and_required_ones_may_not() {
        assertEquals(new Welcome("hub", Map.of()), WireJson.read("{\"v\":2,\"type\":\"welcome\"}").message());
        assertEquals(new Rejected("rejected"), WireJson.read("{\"v\":2,\"type\":\"rejected\"}").message());
        assertEquals(new Hello(1, "d", "n", "", List.of(), List.of(), 0, "", 0),
                WireJson.read("{\"v\":2,\"type\":\"hello\",\"protocol_version\":1,\"daemon_id\":\"d\",\"name\":\"n\"}").message());
        assertEquals("missing field 'session_id'", assertThrows(JsonException.class,
                () -> WireJson.read("{\"v\":2,\"type\":\"watch\"}")).getMessage());
        assertEquals("unknown message type 'teleport'", assertThrows(JsonException.class,
                () -> WireJson.read("{\"v\":2,\"type\":\"teleport\"}")).getMessage());
        assertEquals(new SessionEvent.Created("n", "a", "/r", "main", "baton/n", "/w", "p", Sender.parse("cli:ana")),
                EventJson.event("created", dev.baton.protocol.json.Fields.of(Json.parseObject(
                        "{\"name\":\"n\",\"agent\":\"a\",\"repo\":\"/r\",\"base_branch\":\"main\",\"branch\":\"baton/n\","
                        + "\"worktree\":\"/w\",\"prompt\":\"p\",\"owner\":\"cli:ana\"}"))));
        assertEquals(new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, ""),
                EventJson.event("state", dev.baton.protocol.json.Fields.of(Json.parseObject("{\"from\":\"running\",\"to\":\"WAITING\"}"))));
        assertEquals("unknown event type 'nope'", assertThrows(JsonException.class,
                () -> EventJson.event("nope", dev.baton.protocol.json.Fields.of(Map.of()))).getMessage());
        assertEquals("state", new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "").type());
    }
}
