package dev.baton.e2e;

import dev.baton.protocol.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A session page as a script sees it: its HTTP JSON and its live WebSocket (terminal bytes in, actions out). */
final class PageClient implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final String url;
    final List<Map<String, Object>> messages = new CopyOnWriteArrayList<>();
    private final StringBuffer terminal = new StringBuffer();
    final CompletableFuture<Long> closedAt = new CompletableFuture<>();
    private WebSocket ws;

    PageClient(String url) {
        this.url = url;
    }

    /** GET {@code url + suffix}: {@code [status, body]}. */
    static Object[] get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Object[] {r.statusCode(), r.body()};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> json(String suffix) {
        Object[] r = get(url + suffix);
        if ((int) r[0] != 200) {
            throw new AssertionError("HTTP " + r[0] + " for " + suffix + ": " + r[1]);
        }
        return Json.parseObject((String) r[1]);
    }

    PageClient connect() {
        String wsUrl = url.replaceFirst("^http", "ws") + "/live";
        ws = HTTP.newWebSocketBuilder().buildAsync(URI.create(wsUrl), new WebSocket.Listener() {
            private final StringBuilder part = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                part.append(data);
                if (last) {
                    Map<String, Object> m = Json.parseObject(part.toString());
                    part.setLength(0);
                    if ("pty".equals(m.get("type"))) {
                        if (Boolean.TRUE.equals(m.get("reset"))) {
                            terminal.append("\n<reset>\n");
                        }
                        terminal.append(new String(Base64.getDecoder().decode((String) m.get("data")), StandardCharsets.UTF_8));
                    }
                    messages.add(m);
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                closedAt.complete(System.nanoTime());
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                closedAt.complete(System.nanoTime());
            }
        }).orTimeout(10, TimeUnit.SECONDS).join();
        return this;
    }

    /** Everything the terminal stream delivered, decoded (a reset is marked {@code <reset>}). */
    String terminal() {
        return terminal.toString();
    }

    void send(Object... keyValues) {
        ws.sendText(Json.write(Json.object(keyValues)), true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** The results of actions sent so far ({@code {"type":"result","ok":…,"error":…}}). */
    List<Map<String, Object>> results() {
        List<Map<String, Object>> out = new ArrayList<>();
        messages.stream().filter(m -> "result".equals(m.get("type"))).forEach(out::add);
        return out;
    }

    String closeReason() {
        return messages.stream().filter(m -> "closed".equals(m.get("type"))).map(m -> (String) m.get("reason"))
                .findFirst().orElse("");
    }

    @Override
    public void close() {
        if (ws != null) {
            ws.abort();
        }
    }
}
