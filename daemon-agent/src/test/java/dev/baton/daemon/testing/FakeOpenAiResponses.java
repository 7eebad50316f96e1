package dev.baton.daemon.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A scripted, loopback-only fake of the OpenAI Responses API, good enough to drive the real Codex CLI offline
 * (a {@code [model_providers.fake]} in {@code ~/.codex/config.toml} with {@code base_url =} {@link #baseUrl()} and
 * {@code wire_api = "responses"}).
 *
 * <p>Each main-turn {@code POST /v1/responses} consumes the next scripted reply ({@link #enqueueText},
 * {@link #enqueueExecCommand}); once the queue is empty it gets a short text. Auxiliary calls (JSON-schema output
 * and no tools: Codex asks for the thread's title) get a title and never consume the queue. Replies are streamed as SSE
 * ({@code response.created}, {@code response.output_item.added}, {@code response.output_text.delta},
 * {@code response.output_item.done}, {@code response.completed}). {@code GET /v1/models} lists one model; any
 * other path is logged to stderr and answered 404. Every request is recorded for assertions. JDK only.
 */
public final class FakeOpenAiResponses implements AutoCloseable {
    /** The model name the fake lists and answers as. */
    public static final String MODEL = "gpt-5.1-codex";

    /** One recorded HTTP request. */
    public record Request(String method, String path, String body) {
        /** True for a Responses call, i.e. a model turn (the main conversation or an auxiliary one). */
        public boolean isResponses() {
            return "POST".equals(method) && path.startsWith("/v1/responses");
        }

        /** True for a main conversation turn: a Responses call that is not an auxiliary structured-output ask. */
        public boolean isTurn() {
            return isResponses() && !isAuxiliary();
        }

        /** True for an auxiliary call (e.g. the thread's title) that wants JSON-schema output and offers no tools. */
        public boolean isAuxiliary() {
            return isResponses() && SCHEMA.matcher(body).find() && !TOOLS.matcher(body).find();
        }

        /** True if the conversation sent ends with the output of a function call (the command ran or was refused). */
        public boolean endsWithFunctionOutput() {
            int output = body.lastIndexOf("\"function_call_output\"");
            return output >= 0 && !body.substring(output).contains("\"role\"");
        }
    }

    private record Reply(String text, String cmd, String justification) {}

    /**
     * The usage every response reports: {@code input} includes {@code cached} (as the Responses API counts it), and
     * {@code output} includes {@code reasoning}. Known numbers, so a test can hold Baton's totals to what was served.
     */
    public record Usage(long input, long cached, long output, long reasoning) {
        Usage plus(Usage o) {
            return new Usage(input + o.input, cached + o.cached, output + o.output, reasoning + o.reasoning);
        }
    }

    public static final Usage USAGE = new Usage(120, 100, 7, 3);
    private Usage servedToTurns = new Usage(0, 0, 0, 0);
    private Usage servedAll = new Usage(0, 0, 0, 0);

    private static final Pattern SCHEMA = Pattern.compile("\"type\"\\s*:\\s*\"json_schema\"");
    private static final Pattern TOOLS = Pattern.compile("\"tools\"\\s*:\\s*\\[\\s*\\{");
    private static final Pattern STREAM = Pattern.compile("\"stream\"\\s*:\\s*true");
    private static final String DEFAULT_TEXT = "OK.";
    private static final String TITLE = "{\"title\":\"Fake task\"}";

    private volatile LoopbackHttp http;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    private FakeOpenAiResponses() {
    }

    /** Starts a fake on 127.0.0.1 with an ephemeral port. */
    public static FakeOpenAiResponses start() {
        FakeOpenAiResponses fake = new FakeOpenAiResponses();
        fake.http = LoopbackHttp.start("fake-openai-responses", fake::handle);
        return fake;
    }

    /** The value for the provider's {@code base_url}: {@code http://127.0.0.1:<port>/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + http.port() + "/v1";
    }

    /** Queues a reply that is plain assistant text ending the turn. */
    public synchronized FakeOpenAiResponses enqueueText(String text) {
        script.add(new Reply(text, null, null));
        return this;
    }

    /** Queues a reply that calls {@code exec_command} asking to run {@code cmd} outside the sandbox (an approval). */
    public synchronized FakeOpenAiResponses enqueueExecCommand(String cmd, String justification) {
        script.add(new Reply(null, cmd, justification));
        return this;
    }

    /** Every request received so far, in arrival order. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The usage reported to main turns (not the auxiliary title asks). */
    public synchronized Usage servedToTurns() {
        return servedToTurns;
    }

    /** The usage reported to every Responses call. */
    public synchronized Usage servedAll() {
        return servedAll;
    }

    /** Waits until a turn whose input ends with a {@code function_call_output} arrives; returns its body. */
    public Optional<String> awaitFunctionOutput(Duration timeout) throws InterruptedException {
        return await(r -> r.isTurn() && r.endsWithFunctionOutput(), timeout).map(Request::body);
    }

    /** Waits until some recorded request matches {@code condition}. */
    public synchronized Optional<Request> await(Predicate<Request> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Request> hit = requests.stream().filter(condition).findFirst();
            long left = deadline - System.nanoTime();
            if (hit.isPresent() || left <= 0) {
                return hit;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request req = new Request(ex.getRequestMethod(), ex.getRequestURI().toString(), body);
            Reply reply = null;
            synchronized (this) {
                requests.add(req);
                if (req.isAuxiliary()) {
                    reply = new Reply(TITLE, null, null);
                } else if (req.isTurn()) {
                    reply = script.isEmpty() ? new Reply(DEFAULT_TEXT, null, null) : script.poll();
                }
                if (reply != null) {
                    servedAll = servedAll.plus(USAGE);
                    if (req.isTurn()) {
                        servedToTurns = servedToTurns.plus(USAGE);
                    }
                }
                notifyAll();
            }
            String path = ex.getRequestURI().getPath();
            if (reply != null) {
                boolean stream = STREAM.matcher(body).find();
                LoopbackHttp.send(ex, 200, stream ? "text/event-stream" : "application/json", stream ? sse(reply) : response(reply), "x-request-id");
            } else if ("GET".equals(req.method()) && path.equals("/v1/models")) {
                LoopbackHttp.send(ex, 200, "application/json", "{\"object\":\"list\",\"data\":[{\"id\":\"" + MODEL
                        + "\",\"object\":\"model\",\"created\":0,\"owned_by\":\"fake\"}]}", "x-request-id");
            } else {
                System.err.println("fake-openai: unhandled " + req.method() + " " + req.path());
                LoopbackHttp.send(ex, 404, "application/json", "{\"error\":{\"message\":\"not found\",\"type\":\"invalid_request_error\"}}", "x-request-id");
            }
        }
    }


    private String sse(Reply reply) {
        String id = "resp_fake_" + ids.incrementAndGet();
        Map<String, Object> item = item(reply);
        StringBuilder sb = new StringBuilder();
        event(sb, "response.created", Map.of("response", Map.of("id", id, "status", "in_progress", "model", MODEL)));
        Map<String, Object> added = new LinkedHashMap<>(item);
        if (reply.text() != null) {
            added.put("content", List.of());
        }
        event(sb, "response.output_item.added", Map.of("output_index", 0, "item", added));
        if (reply.text() != null) {
            event(sb, "response.output_text.delta", Map.of("item_id", item.get("id"), "output_index", 0,
                    "content_index", 0, "delta", reply.text()));
        }
        event(sb, "response.output_item.done", Map.of("output_index", 0, "item", item));
        event(sb, "response.completed", Map.of("response", completed(id, List.of())));
        return sb.toString();
    }

    /** A complete (non-streamed) response. */
    private String response(Reply reply) {
        return FakeAnthropicApi.json(completed("resp_fake_" + ids.incrementAndGet(), List.of(item(reply))));
    }

    private static Map<String, Object> completed(String id, List<?> output) {
        return Map.of("id", id, "object", "response", "status", "completed", "model", MODEL, "output", output,
                "usage", Map.of("input_tokens", USAGE.input(), "input_tokens_details", Map.of("cached_tokens", USAGE.cached()),
                        "output_tokens", USAGE.output(), "output_tokens_details", Map.of("reasoning_tokens", USAGE.reasoning()),
                        "total_tokens", USAGE.input() + USAGE.output()));
    }

    private Map<String, Object> item(Reply reply) {
        int n = ids.incrementAndGet();
        Map<String, Object> item = new LinkedHashMap<>();
        if (reply.text() != null) {
            item.put("type", "message");
            item.put("id", "msg_fake_" + n);
            item.put("role", "assistant");
            item.put("status", "completed");
            item.put("content", List.of(Map.of("type", "output_text", "text", reply.text(), "annotations", List.of())));
        } else {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("cmd", reply.cmd());
            args.put("sandbox_permissions", "require_escalated");
            args.put("justification", reply.justification());
            item.put("type", "function_call");
            item.put("id", "fc_fake_" + n);
            item.put("call_id", "call_fake_" + n);
            item.put("name", "exec_command");
            item.put("arguments", FakeAnthropicApi.json(args));
            item.put("status", "completed");
        }
        return item;
    }

    private static void event(StringBuilder sb, String type, Map<String, ?> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.putAll(fields);
        sb.append("event: ").append(type).append('\n').append("data: ").append(FakeAnthropicApi.json(data)).append("\n\n");
    }
}
