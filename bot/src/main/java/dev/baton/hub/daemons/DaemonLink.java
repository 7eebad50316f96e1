package dev.baton.hub.daemons;

import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import io.javalin.websocket.WsContext;
import java.util.List;

/** One connected, authenticated daemon: what it said in its hello, and how to send it frames. */
public final class DaemonLink {
    private final WsContext ws;
    private final WireMessage.Hello hello;
    private volatile boolean open = true;

    DaemonLink(WsContext ws, WireMessage.Hello hello) {
        this.ws = ws;
        this.hello = hello;
    }

    public String name() {
        return hello.name();
    }

    public WireMessage.Hello hello() {
        return hello;
    }

    public List<String> agents() {
        return hello.agents().stream().map(WireMessage.AgentOffer::name).toList();
    }

    public boolean isOpen() {
        return open;
    }

    String id() {
        return ws.sessionId();
    }

    /** Sends a frame; a failure marks the link closed (the daemon reconnects and everything numbered is resent). */
    public synchronized void send(Frame frame) {
        sendText(WireJson.write(frame));
    }

    /**
     * Jetty allows one outstanding write per WebSocket, so each send waits for the previous one to complete
     * (a concurrent second write would fail and drop the connection).
     */
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
