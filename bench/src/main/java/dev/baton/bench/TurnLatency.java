package dev.baton.bench;

import dev.baton.daemon.cli.AgentCli;
import dev.baton.hub.Hub;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Chat message accepted → its bytes written to the agent's PTY, over N turns on loopback: a web chat POST to a
 * real hub, the hub's WebSocket to a real daemon process, the session's FIFO, the PTY write. The time of the
 * write is the {@code turn_delivered} event, recorded right after the text's bytes are in the PTY.
 * Usage: TurnLatency WORKDIR TURNS BATON_HOME
 */
public final class TurnLatency {
    private TurnLatency() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int turns = Integer.parseInt(args[1]);
        Path home = Path.of(args[2]);
        Path repo = work.resolve("repo");
        Path root = work.resolve("root");
        Files.createDirectories(root);
        Files.createDirectories(work.resolve("hub"));
        String token = "benchbenchbenchbenchbenchbench00";
        try (Hub hub = Hub.start(new Hub.Options(work.resolve("hub"), "127.0.0.1", 0, token), Clock.systemUTC())) {
            String daemonToken = hub.addDaemonToken("bench", Clock.systemUTC());
            Files.writeString(root.resolve("config.toml"), "[daemon]\nname = \"bench\"\nrepos = [\"" + repo + "\"]\n"
                    + "[agents.demo]\ncommand = \"" + home.resolve("bin/demo-agent") + "\"\nargs = []\n");
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("BATON_DIR", root.toString());
            env.put("BATON_HUB_URL", "ws://127.0.0.1:" + hub.port() + "/daemon");
            env.put("BATON_HUB_TOKEN", daemonToken);
            if (AgentCli.run(List.of("daemon", "start", "-d"), env, System.out, System.err) != 0) {
                throw new IllegalStateException("daemon did not start");
            }
            try {
                awaitConnected(env);
                measure(hub.port(), token, env, turns);
            } finally {
                AgentCli.run(List.of("daemon", "stop"), env, new PrintStream(PrintStream.nullOutputStream()), System.err);
            }
        }
    }

    private static void measure(int port, String token, Map<String, String> env, int turns) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        post(http, port, token, "/agent run --agent demo --name bench go", null);
        String thread = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (thread == null && System.currentTimeMillis() < deadline) {
            for (Object o : (List<?>) Json.parse(get(http, port, token, "/api/channels/general/messages?user=b"))) {
                Fields m = Fields.of(castMap(o));
                if (m.string("text").contains("Session bench") && m.string("text").contains("waiting")) {
                    thread = m.string("thread");
                }
            }
            Thread.sleep(50);
        }
        if (thread == null) {
            throw new IllegalStateException("the session did not start");
        }
        BlockingQueue<Fields> events = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> AgentCli.run(List.of("events", "bench", "--follow", "--json"), env,
                new PrintStream(new LineSink(l -> events.add(Fields.of(Json.parseObject(l))))), System.err));
        long[] fromSend = new long[turns];
        long[] fromAccept = new long[turns];
        Instant[] sent = new Instant[turns];
        Instant[] written = new Instant[turns];
        try (RawHttp raw = new RawHttp(port, token)) {
            for (int i = 0; i < turns; i++) {
                awaitState(events, "waiting");
                String body = Json.write(Json.object("user", i % 2 == 0 ? "ana" : "bob", "text", "turn " + i, "thread", thread));
                sent[i] = Instant.now();
                if (raw.post("/api/channels/general/messages", body) != 201) {
                    throw new IllegalStateException("a turn's POST was refused");
                }
                written[i] = Instant.parse(await(events, "turn_delivered").string("at"));
                fromSend[i] = java.time.Duration.between(sent[i], written[i]).toNanos() / 1000;
            }
        }
        Map<String, Instant> storedAt = new HashMap<>();
        for (Object o : (List<?>) Json.parse(get(http, port, token, "/api/channels/general/threads/" + thread + "/messages?user=b"))) {
            Fields m = Fields.of(castMap(o));
            storedAt.put(m.string("text"), Instant.parse(m.string("ts")));
        }
        for (int i = 0; i < turns; i++) {
            fromAccept[i] = java.time.Duration.between(storedAt.get("turn " + i), written[i]).toNanos() / 1000;
        }
        System.out.println(Percentiles.of(fromAccept).row("message accepted -> bytes in the PTY (Baton)"));
        System.out.println(Percentiles.of(fromSend).row("client sends POST -> bytes in the PTY (Baton)"));
    }

    private static void awaitConnected(Map<String, String> env) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            AgentCli.run(List.of("daemon", "info", "--json"), env, new PrintStream(out), System.err);
            if (out.toString().contains("connected to ws://")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the daemon did not connect to the hub within 30 s");
    }

    private static void awaitState(BlockingQueue<Fields> events, String state) throws InterruptedException {
        while (true) {
            Fields e = events.poll(30, TimeUnit.SECONDS);
            if (e == null) {
                throw new IllegalStateException("no '" + state + "' state within 30 s");
            }
            if (e.string("type").equals("state") && e.string("to").equals(state)) {
                return;
            }
        }
    }

    private static Fields await(BlockingQueue<Fields> events, String type) throws InterruptedException {
        while (true) {
            Fields e = events.poll(30, TimeUnit.SECONDS);
            if (e == null) {
                throw new IllegalStateException("no '" + type + "' event within 30 s");
            }
            if (e.string("type").equals(type)) {
                return e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static void post(HttpClient http, int port, String token, String text, String thread) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/channels/general/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Json.object("user", "ana", "text", text, "thread", thread))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST failed: " + r.statusCode() + " " + r.body());
        }
    }

    private static String get(HttpClient http, int port, String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
