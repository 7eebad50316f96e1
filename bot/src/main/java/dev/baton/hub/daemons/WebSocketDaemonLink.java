package dev.baton.hub.daemons;

import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.Liveness;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import io.javalin.websocket.WsContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A daemon connected over the {@code /daemon} WebSocket (Jetty): one outstanding write at a time, and when it was last
 * heard from ({@link Liveness}, kept by the endpoint's heartbeat).
 */
final class WebSocketDaemonLink implements DaemonLink {
    private static final String HEARTBEAT = WireJson.write(new Frame(0, 0, new WireMessage.Heartbeat()));
    private final WsContext ws;
    private final WireMessage.Hello hello;
    private final Liveness liveness;
    private final ReentrantLock sending = new ReentrantLock();
    private volatile boolean open = true;

    WebSocketDaemonLink(WsContext ws, WireMessage.Hello hello, Liveness liveness) {
        this.ws = ws;
        this.hello = hello;
        this.liveness = liveness;
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

    Liveness liveness() {
        return liveness;
    }

    @Override
    public void send(Frame frame) {
        sendText(WireJson.write(frame));
    }

    /**
     * Jetty allows one outstanding write per WebSocket, so each send waits for the previous one to complete
     * (a concurrent second write would fail and drop the connection).
     */
    @Override
    public void sendText(String text) {
        sending.lock();
        try {
            write(text);
        } finally {
            sending.unlock();
        }
    }

    /** Sends a heartbeat unless a send is under way (which says as much); never blocks the caller. */
    void heartbeat() {
        if (!open) {
            return;
        }
        Thread.ofVirtual().name("daemon-heartbeat-" + name()).start(() -> {
            if (sending.tryLock()) {
                try {
                    if (liveness.heartbeatDue()) {
                        write(HEARTBEAT);
                    }
                } finally {
                    sending.unlock();
                }
            }
        });
    }

    private void write(String text) {
        if (!open) {
            return;
        }
        try {
            org.eclipse.jetty.websocket.api.Callback.Completable done = new org.eclipse.jetty.websocket.api.Callback.Completable();
            ws.session.sendText(text, done);
            done.get(30, TimeUnit.SECONDS);
            liveness.sent();
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

    /** Drops the connection at once, without a close handshake: the daemon is not listening anyway. */
    void disconnect() {
        open = false;
        try {
            ws.session.disconnect();
        } catch (RuntimeException e) {
            // already gone
        }
    }

    void markClosed() {
        open = false;
    }
}
