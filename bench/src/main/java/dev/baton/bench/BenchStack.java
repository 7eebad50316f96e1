package dev.baton.bench;

import dev.baton.config.LimitSettings;
import dev.baton.daemon.cli.AgentCli;
import dev.baton.hub.Hub;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What the chat benchmarks share: a real hub in this JVM, a real daemon process connected to it, one session of
 * the demo agent started from the web chat, and the daemon's live event stream.
 */
final class BenchStack implements AutoCloseable {
    static final String TOKEN = "benchbenchbenchbenchbenchbench00";
    /**
     * {@code [limits]} raised to their maximum: the benchmarks post a turn as soon as the agent waits, far faster than
     * the product's default buckets allow (they refuse the 11th turn within a minute).
     */
    static final LimitSettings LIMITS = new LimitSettings(100_000, 100_000, 100_000);
    final Hub hub;
    final Map<String, String> env = new HashMap<>(System.getenv());
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final BlockingQueue<Fields> events = new LinkedBlockingQueue<>();
    final Path root;
    String thread;

    BenchStack(Path work, Path home) throws Exception {
        Path repo = work.resolve("repo");
        root = work.resolve("root");
        Files.createDirectories(root);
        Files.createDirectories(work.resolve("hub"));
        hub = Hub.start(new Hub.Options(work.resolve("hub"), "127.0.0.1", 0, TOKEN).with(List.of(), LIMITS), Clock.systemUTC());
        String daemonToken = hub.addDaemonToken("bench", Clock.systemUTC());
        Files.writeString(root.resolve("config.toml"), "[daemon]\nname = \"bench\"\nrepos = [\"" + repo + "\"]\n"
                + "[agents.demo]\ncommand = \"" + home.resolve("bin/demo-agent") + "\"\nargs = []\n");
        env.put("BATON_DIR", root.toString());
        env.put("BATON_HUB_URL", "ws://127.0.0.1:" + hub.port() + "/daemon");
        env.put("BATON_HUB_TOKEN", daemonToken);
        if (AgentCli.run(List.of("daemon", "start", "-d"), env, System.out, System.err) != 0) {
            throw new IllegalStateException("daemon did not start");
        }
        awaitConnected();
    }

    /** Starts the demo agent from the chat and follows its events; returns the session's thread. */
    String startSession(String name) throws Exception {
        post("/agent run --agent demo --name " + name + " go", null);
        long deadline = System.currentTimeMillis() + 30_000;
        while (thread == null && System.currentTimeMillis() < deadline) {
            for (Object o : (List<?>) Json.parse(get("/api/channels/general/messages?user=b"))) {
                Fields m = Fields.of(castMap(o));
                if (m.string("text").contains("Session " + name) && m.string("text").contains("waiting")) {
                    thread = m.string("thread");
                }
            }
            Thread.sleep(50);
        }
        if (thread == null) {
            throw new IllegalStateException("the session did not start");
        }
        Thread.ofVirtual().start(() -> AgentCli.run(List.of("events", name, "--follow", "--json"), env,
                new PrintStream(new LineSink(l -> events.add(Fields.of(Json.parseObject(l))))), System.err));
        return thread;
    }

    Fields await(String type, java.util.function.Predicate<Fields> also) throws InterruptedException {
        return await(type, also, type);
    }

    private Fields await(String type, java.util.function.Predicate<Fields> also, String orType) throws InterruptedException {
        while (true) {
            Fields e = events.poll(30, TimeUnit.SECONDS);
            if (e == null) {
                throw new IllegalStateException("no '" + type + "' event within 30 s");
            }
            if ((e.string("type").equals(type) && also.test(e)) || e.string("type").equals(orType)) {
                return e;
            }
        }
    }

    void post(String text, String inThread) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/channels/general/messages"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Json.object("user", "ana", "text", text, "thread", inThread))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST failed: " + r.statusCode() + " " + r.body());
        }
    }

    String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + TOKEN)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    String sessionId(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgentCli.run(List.of("ls", "--json"), env, new PrintStream(out), System.err);
        for (Object o : (List<?>) Json.parse(out.toString())) {
            Fields s = Fields.of(castMap(o));
            if (s.string("name").equals(name)) {
                return s.string("id");
            }
        }
        throw new IllegalStateException("no session " + name);
    }

    int port() {
        return hub.port();
    }

    private String base() {
        return "http://127.0.0.1:" + hub.port();
    }

    private void awaitConnected() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AgentCli.run(List.of("daemon", "info", "--json"), env, new PrintStream(out), System.err);
            if (out.toString().contains("connected to ws://")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the daemon did not connect to the hub within 30 s");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @Override
    public void close() {
        AgentCli.run(List.of("daemon", "stop"), env, new PrintStream(PrintStream.nullOutputStream()), System.err);
        hub.close();
    }
}
