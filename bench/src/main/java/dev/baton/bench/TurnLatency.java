package dev.baton.bench;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chat message accepted → its bytes written to the agent's PTY, over N turns on loopback: a web chat POST to a
 * real hub, the hub's WebSocket to a real daemon process, the session's FIFO, the PTY write. The time of the
 * write is the {@code turn_delivered} event, recorded right after the text's bytes are in the PTY.
 * Usage: TurnLatency WORKDIR TURNS BATON_HOME
 */
public final class TurnLatency {
    private TurnLatency() {}

    public static void main(String[] args) throws Exception {
        int turns = Integer.parseInt(args[1]);
        try (BenchStack stack = new BenchStack(Path.of(args[0]), Path.of(args[2]))) {
            String thread = stack.startSession("bench");
            long[] fromSend = new long[turns];
            long[] fromAccept = new long[turns];
            Instant[] written = new Instant[turns];
            try (RawHttp raw = new RawHttp(stack.port(), BenchStack.TOKEN)) {
                for (int i = 0; i < turns; i++) {
                    stack.await("state", e -> e.string("to").equals("waiting"));
                    String body = Json.write(Json.object("user", i % 2 == 0 ? "ana" : "bob", "text", "turn " + i, "thread", thread));
                    Instant sent = Instant.now();
                    if (raw.post("/api/channels/general/messages", body) != 201) {
                        throw new IllegalStateException("a turn's POST was refused");
                    }
                    written[i] = Instant.parse(stack.await("turn_delivered", e -> true).string("at"));
                    fromSend[i] = Duration.between(sent, written[i]).toNanos() / 1000;
                }
            }
            Map<String, Instant> storedAt = new HashMap<>();
            for (Object o : (List<?>) Json.parse(stack.get("/api/channels/general/threads/" + thread + "/messages?user=b"))) {
                Fields m = Fields.of(BenchStack.castMap(o));
                storedAt.put(m.string("text"), Instant.parse(m.string("ts")));
            }
            for (int i = 0; i < turns; i++) {
                fromAccept[i] = Duration.between(storedAt.get("turn " + i), written[i]).toNanos() / 1000;
            }
            System.out.println(Percentiles.of(fromAccept).row("message accepted -> bytes in the PTY (Baton)"));
            System.out.println(Percentiles.of(fromSend).row("client sends POST -> bytes in the PTY (Baton)"));
        }
    }
}
