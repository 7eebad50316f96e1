package dev.baton.hub.daemons;

import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import io.javalin.websocket.WsContext;

/** A daemon connected over the {@code /daemon} WebSocket (Jetty): one outstanding write at a time. */
final class WebSocketDaemonLink implements DaemonLink {
    private final WsContext ws;
    private final WireMessage.Hello hello;
    private volatile boolean open = true;

    WebSocketDaemonLink(WsContext ws, WireMessage.Hello hello) {
        this.ws = ws;
        this.hello = hello;
    }

    @Override
    public String name() {
        return hello.name();
    }

    @Override
    public WireMessage.Hello hello() {
        return hello;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    String id() {
        return ws.sessionId();
    }

    @Override
    public synchronized void send(Frame frame) {
        sendText(WireJson.write(frame));
    }

    /**
     * Jetty allows one outstanding write per WebSocket, so each send waits for the previous one to complete
     * (a concurrent second write would fail and drop the connection).
     */
    @Override
    public synchronized void sendText(String text) {
        if (!open) {
            return;
        }
        try {
            org.eclipse.jetty.websocket.api.Callback.Completable done = new org.eclipse.jetty.websocket.api.Callback.Completable();
            ws.session.sendText(text, done);
            done.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            open = false;
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void close(String reason) {
        open = false;
        try {
            ws.closeSession(4000, reason.length() > 120 ? reason.substring(0, 120) : reason);
        } catch (RuntimeException e) {
            // already closed
        }
    }

    void markClosed() {
        open = false;
    }
}
