package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.protocol.wire.WireMessage.*;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireJsonTest {
    @Test
    void every_message_round_trips_with_its_numbers() {
        SessionId id = SessionId.random();
        List<WireMessage> all = List.of(
                new Hello(1, "d-1", "laptop", "host", List.of("/r"), List.of(new AgentOffer("claude", "claude")), 8, "tok", 41),
                new StartResult("r1", id.value(), true, "", "n", "claude", "/r", "main", "baton/n"),
                new Event(new EventRecord(id, 3, Instant.parse("2026-11-21T10:00:00Z"),
                        new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "idle"))),
                new QueryResult("q1", true, "screen"),
                new Welcome("hub", Map.of(id.value(), 7L)),
                new Rejected("bad token"),
                new StartSession("r1", id.value(), "n", "claude", "/r", "main", "do it", "web:ana"),
                new DeliverTurn(id.value(), "t1", 3, "web:ana", "hello"),
                new SendKeys(id.value(), List.of("esc"), "web:ana"),
                new PtyOutput(id.value(), true, 120, 40, "G1sySg=="),
                new Watch(id.value(), true),
                new Pause(id.value(), true, "web:ana"),
                new Kill(id.value(), true, "web:ana"),
                new Query("q1", id.value(), "screen"),
                new Ack(),
                new Heartbeat());
        long n = 1;
        for (WireMessage m : all) {
            Frame f = new Frame(n++, 40, m);
            assertEquals(f, WireJson.read(WireJson.write(f)));
        }
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
