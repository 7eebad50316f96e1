package dev.baton.daemon.hub;

import dev.baton.protocol.wire.Liveness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket connection to the hub: whole text frames in (fragments joined), one send at a time out.
 * Incoming frames wait in a queue for the link's reader; {@link #CLOSED} marks the end. Every frame in or out is
 * noted in the connection's {@link Liveness}, as it arrives (not when the reader gets to it) and once it is sent.
 */
final class HubSocket implements WebSocket.Listener {
    static final String CLOSED = "\u0000closed";
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile String closeReason = "";
    private final Liveness liveness;

    private HubSocket(Liveness liveness) {
        this.liveness = liveness;
    }

    static HubSocket connect(URI url, Duration timeout, Liveness liveness) throws Exception {
        HubSocket s = new HubSocket(liveness);
        s.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
                .buildAsync(url, s).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        liveness.heard();
        partial.append(data);
        if (last) {
            incoming.add(partial.toString());
            partial.setLength(0);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
        closeReason = reason == null || reason.isEmpty() ? "closed (" + status + ")" : reason;
        incoming.add(CLOSED);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closeReason = String.valueOf(error.getMessage());
        incoming.add(CLOSED);
    }

    /** The next frame, null on timeout, or {@link #CLOSED}. */
    String next(long timeoutMillis) throws InterruptedException {
        return incoming.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    String closeReason() {
        return closeReason;
    }

    Liveness liveness() {
        return liveness;
    }

    synchronized void send(String text) throws Exception {
        socket.sendText(text, true).get(30, TimeUnit.SECONDS);
        liveness.sent();
    }

    void close() {
        WebSocket ws = socket;
        if (ws != null) {
            CompletableFuture<WebSocket> f = ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            f.orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
            ws.abort();
        }
        incoming.add(CLOSED);
    }
}
