package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.session.CoAuthor;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.protocol.wire.WireMessage.*;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireJsonTest {
    static final Sender ANA = Sender.parse("web:ana");

    @Test
    void every_message_round_trips_with_its_numbers() {
        SessionId id = SessionId.random();
        List<WireMessage> all = List.of(
                new Hello(1, "d-1", "laptop", "host", List.of("/r"), List.of(new AgentOffer("claude", "claude")), 8, "tok", 41),
                new StartResult("r1", id, true, "", "n", "claude", "/r", "main", "baton/n"),
                new Event(new EventRecord(id, 3, Instant.parse("2026-11-21T10:00:00Z"),
                        new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "idle"))),
                new QueryResult("q1", true, "screen"),
                new Welcome("hub", Map.of(id.value(), 7L)),
                new Rejected("bad token"),
                new StartSession("r1", id, "n", "claude", "/r", "main", "do it", ANA),
                new StartSession("r2", id, "n", "claude", "/r", "", "go on", ANA, "old", CoAuthor.find("Ana <ana@example.com>")),
                new DeliverTurn(id, "t1", 3, ANA, "hello"),
                new DeliverTurn(id, "t2", 4, ANA, "again", CoAuthor.find("Ana <ana@example.com>")),
                new SendKeys(id, List.of("esc"), ANA),
                new PtyOutput(id, true, 120, 40, "G1sySg=="),
                new Watch(id, true),
                new Pause(id, true, ANA),
                new Kill(id, true, ANA),
                new AnswerPrompt(id, "p1", "h", Decision.ALLOW_ONCE, ANA, ""),
                new AuditNote(id, Sender.parse("hub:baton"), "handoff", "done", "to bob"),
                new Query("q1", id, QueryKind.SCREEN),
                new Query("q2", id, new QueryKind.File("src/Main.java")),
                new Query("q3", id, new QueryKind.FileDiff("a b.txt")),
                new Ack(),
                new Heartbeat(),
                new RaiseBudget(id, "2.50", ANA));
        long n = 1;
        for (WireMessage m : all) {
            Frame f = new Frame(n++, 40, m);
            assertEquals(f, WireJson.read(WireJson.write(f)));
        }
    }

    @Test
    void every_query_kind_reads_back_from_its_wire_word() {
        for (QueryKind k : List.of(QueryKind.SCREEN, QueryKind.DIFF, QueryKind.DIFFSTAT, QueryKind.RECAP,
                QueryKind.RECAP_PROSE, QueryKind.ATTENTION, QueryKind.FILES, new QueryKind.File("a/b"),
                new QueryKind.FileDiff("c"))) {
            assertEquals(java.util.Optional.of(k), QueryKind.parse(k.wire()));
        }
        assertEquals("file:src/Main.java", new QueryKind.File("src/Main.java").wire());
        assertEquals(java.util.Optional.empty(), QueryKind.parse("teleport"));
    }

    @Test
    void another_version_or_type_is_refused_clearly() {
        int other = WireMessage.VERSION + 1;
        JsonException v = assertThrows(JsonException.class, () -> WireJson.read("{\"v\":" + other + ",\"type\":\"ack\"}"));
        assertTrue(v.getMessage().contains("protocol version " + other + " is not supported"), v.getMessage());
        assertThrows(JsonException.class, () -> WireJson.read("{\"v\":" + WireMessage.VERSION + ",\"type\":\"teleport\"}"));
        assertThrows(JsonException.class, () -> WireJson.read("not json"));
    }
}
