package dev.baton.daemon.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted, loopback-only fake of the Anthropic Messages API, good enough to drive the real
 * Claude Code CLI offline (point it here with {@code ANTHROPIC_BASE_URL=}{@link #baseUrl()}).
 *
 * <p>"Main-turn" requests (a {@code POST /v1/messages} that offers tools) consume the scripted
 * replies queued with {@link #enqueueText} / {@link #enqueueToolUse} in order; once the queue is
 * empty they get a short {@code end_turn} text. Auxiliary requests (no tools: titles, command
 * prefix checks, ...) get a harmless text reply and never consume the queue. Replies are streamed
 * as SSE when the request asks for {@code "stream": true}, otherwise returned as one JSON message.
 * Every request is recorded for assertions. Uses only the JDK; JSON handling is deliberately
 * minimal (string search for reading, a tiny writer for strings, numbers, booleans, maps, lists).
 */
public final class FakeAnthropicApi implements AutoCloseable {

  /** One recorded HTTP request. */
  public record Request(String method, String path, String body) {
    /** True for a Messages call that offers tools, i.e. a main conversation turn. */
    public boolean isMainTurn() {
      return path.startsWith("/v1/messages") && !path.startsWith("/v1/messages/count_tokens")
          && TOOLS.matcher(body).find();
    }

    /** True if the request's conversation contains a tool_result block. */
    public boolean hasToolResult() {
      return body.contains("\"tool_result\"");
    }
  }

  private record Reply(String text, String toolName, Map<String, ?> toolInput) {}

  /**
   * The usage every Messages answer reports: uncached input, output, cache reads and (five-minute) cache writes.
   * Known numbers, so a test can hold Baton's totals to exactly what was served.
   */
  public record Usage(long input, long output, long cacheRead, long cacheWrite) {
    Usage plus(Usage o) {
      return new Usage(input + o.input, output + o.output, cacheRead + o.cacheRead, cacheWrite + o.cacheWrite);
    }
  }

  public static final Usage USAGE = new Usage(10, 5, 300, 200);
  private Usage servedToTurns = new Usage(0, 0, 0, 0);
  private Usage servedAll = new Usage(0, 0, 0, 0);

  private static final Pattern TOOLS = Pattern.compile("\"tools\"\\s*:\\s*\\[\\s*\\{");
  private static final Pattern MODEL = Pattern.compile("\"model\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern STREAM = Pattern.compile("\"stream\"\\s*:\\s*true");
  private static final String DEFAULT_TEXT = "OK.";

  private volatile LoopbackHttp http;
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Request> requests = new ArrayList<>();
  private final Map<String, String> rules = new java.util.LinkedHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  private FakeAnthropicApi() {
  }

  /** Starts a fake on 127.0.0.1 with an ephemeral port. */
  public static FakeAnthropicApi start() {
    FakeAnthropicApi fake = new FakeAnthropicApi();
    fake.http = LoopbackHttp.start("fake-anthropic-api", fake::handle);
    return fake;
  }

  /** The bound loopback port. */
  public int port() {
    return http.port();
  }

  /** The value for {@code ANTHROPIC_BASE_URL}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Queues a main-turn reply that is plain text ending the turn. */
  public synchronized FakeAnthropicApi enqueueText(String text) {
    script.add(new Reply(text, null, null));
    return this;
  }

  /** Queues a main-turn reply that calls one tool, e.g. {@code ("Bash", Map.of("command", ..))}. */
  public synchronized FakeAnthropicApi enqueueToolUse(String toolName, Map<String, ?> input) {
    script.add(new Reply(null, toolName, input));
    return this;
  }

  /**
   * Queues a main-turn reply of two content blocks, some {@code text} and then a tool call: one message that Claude
   * Code writes as two transcript lines with the same id and usage.
   */
  public synchronized FakeAnthropicApi enqueueTextAndToolUse(String text, String toolName, Map<String, ?> input) {
    script.add(new Reply(text, toolName, input));
    return this;
  }

  /**
   * Answers every Messages request whose body contains {@code needle} with {@code text}, whether or not it offers
   * tools (e.g. a {@code claude -p --tools ""} run), before the scripted queue is consulted.
   */
  public synchronized FakeAnthropicApi replyWhen(String needle, String text) {
    rules.put(needle, text);
    return this;
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The bodies of every request received so far. */
  public synchronized List<String> requestBodies() {
    return requests.stream().map(Request::body).toList();
  }

  /** The usage reported to main-turn requests (those that offer tools: the conversation a transcript records). */
  public synchronized Usage servedToTurns() {
    return servedToTurns;
  }

  /** The usage reported to every Messages request, auxiliary ones included. */
  public synchronized Usage servedAll() {
    return servedAll;
  }

  /** Waits until a main-turn request carrying a tool_result arrives; returns its body. */
  public Optional<String> awaitToolResult(Duration timeout) throws InterruptedException {
    return await(r -> r.isMainTurn() && r.hasToolResult(), timeout).map(Request::body);
  }

  /** Waits until some recorded request matches {@code condition}. */
  public synchronized Optional<Request> await(
      Predicate<Request> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (Request r : requests) {
        if (condition.test(r)) {
          return Optional.of(r);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
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
        boolean messages = ex.getRequestURI().getPath().equals("/v1/messages");
        for (Map.Entry<String, String> rule : rules.entrySet()) {
          if (reply == null && messages && body.contains(rule.getKey())) {
            reply = new Reply(rule.getValue(), null, null);
          }
        }
        if (reply == null && req.isMainTurn() && !script.isEmpty()) {
          reply = script.poll();
        }
        notifyAll();
      }
      String path = ex.getRequestURI().getPath();
      if (!"POST".equals(req.method())) {
        LoopbackHttp.send(ex, 200, "application/json", "{}", "request-id");
      } else if (path.equals("/v1/messages/count_tokens")) {
        LoopbackHttp.send(ex, 200, "application/json", "{\"input_tokens\":42}", "request-id");
      } else if (path.equals("/v1/messages")) {
        if (reply == null) {
          reply = new Reply(DEFAULT_TEXT, null, null);
        }
        synchronized (this) {
          servedAll = servedAll.plus(USAGE);
          if (req.isMainTurn()) {
            servedToTurns = servedToTurns.plus(USAGE);
          }
        }
        Matcher m = MODEL.matcher(body);
        String model = m.find() ? m.group(1) : "claude-fake";
        if (STREAM.matcher(body).find()) {
          LoopbackHttp.send(ex, 200, "text/event-stream", sse(reply, model), "request-id");
        } else {
          LoopbackHttp.send(ex, 200, "application/json", message(reply, model), "request-id");
        }
      } else {
        LoopbackHttp.send(ex, 404, "application/json",
            "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"no\"}}", "request-id");
      }
    }
  }


  private String sse(Reply reply, String model) {
    StringBuilder sb = new StringBuilder();
    event(sb, "message_start",
        "{\"type\":\"message_start\",\"message\":" + message(null, model) + "}");
    int index = 0;
    if (reply.text() != null) {
      event(sb, "content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index + ","
          + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
      event(sb, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index + ","
          + "\"delta\":{\"type\":\"text_delta\",\"text\":" + json(reply.text()) + "}}");
      event(sb, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
      index++;
    }
    if (reply.toolName() != null) {
      event(sb, "content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index + ","
          + "\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_fake_" + ids.incrementAndGet()
          + "\",\"name\":" + json(reply.toolName()) + ",\"input\":{}}}");
      event(sb, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index + ","
          + "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":"
          + json(json(reply.toolInput())) + "}}");
      event(sb, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
    }
    event(sb, "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
        + json(stopReason(reply)) + ",\"stop_sequence\":null},\"usage\":" + usage(USAGE.output()) + "}");
    event(sb, "message_stop", "{\"type\":\"message_stop\"}");
    return sb.toString();
  }

  private static void event(StringBuilder sb, String name, String data) {
    sb.append("event: ").append(name).append('\n').append("data: ").append(data).append("\n\n");
  }

  /** A complete (non-streamed) message; {@code reply == null} gives the empty message_start. */
  private String message(Reply reply, String model) {
    List<String> blocks = new ArrayList<>();
    if (reply != null && reply.text() != null) {
      blocks.add("{\"type\":\"text\",\"text\":" + json(reply.text()) + "}");
    }
    if (reply != null && reply.toolName() != null) {
      blocks.add("{\"type\":\"tool_use\",\"id\":\"toolu_fake_" + ids.incrementAndGet()
          + "\",\"name\":" + json(reply.toolName()) + ",\"input\":" + json(reply.toolInput()) + "}");
    }
    String content = "[" + String.join(",", blocks) + "]";
    return "{\"id\":\"msg_fake_" + ids.incrementAndGet() + "\",\"type\":\"message\","
        + "\"role\":\"assistant\",\"model\":" + json(model) + ",\"content\":" + content
        + ",\"stop_reason\":" + (reply == null ? "null" : json(stopReason(reply)))
        + ",\"stop_sequence\":null,\"usage\":" + usage(reply == null ? 1 : USAGE.output()) + "}";
  }

  /** The API's usage object with {@link #USAGE}'s input and cache counts and {@code output} output tokens. */
  private static String usage(long output) {
    return "{\"input_tokens\":" + USAGE.input() + ",\"cache_creation_input_tokens\":" + USAGE.cacheWrite()
        + ",\"cache_read_input_tokens\":" + USAGE.cacheRead() + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":"
        + USAGE.cacheWrite() + ",\"ephemeral_1h_input_tokens\":0},\"output_tokens\":" + output + "}";
  }

  private static String stopReason(Reply reply) {
    return reply.toolName() == null ? "end_turn" : "tool_use";
  }

  /** Minimal JSON writer: null, String, Number, Boolean, Map, Iterable. */
  static String json(Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    } else if (v instanceof Map<?, ?> map) {
      StringBuilder sb = new StringBuilder("{");
      for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<?, ?> e = it.next();
        sb.append(json(String.valueOf(e.getKey()))).append(':').append(json(e.getValue()));
        sb.append(it.hasNext() ? "," : "");
      }
      return sb.append('}').toString();
    } else if (v instanceof Iterable<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(o -> parts.add(json(o)));
      return "[" + String.join(",", parts) + "]";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : v.toString().toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return sb.append('"').toString();
  }
}
