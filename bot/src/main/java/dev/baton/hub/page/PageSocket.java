package dev.baton.hub.page;

import dev.baton.protocol.json.Json;
import io.javalin.websocket.WsContext;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open page's WebSocket, as a {@link Viewer}: a bounded queue drained by a virtual thread (Jetty allows one
 * outstanding write per socket), so the hub core never waits on a browser. A page that falls 512 messages behind is
 * closed; a close jumps the queue, so a revoked page stops within a second.
 */
final class PageSocket implements Viewer {
    private static final String CLOSE = new String("close");
    private final WsContext ws;
    private final PageLink link;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(512);
    private volatile String closeReason;

    PageSocket(WsContext ws, PageLink link) {
        this.ws = ws;
        this.link = link;
        Thread.ofVirtual().name("page-ws-" + link.sessionId()).start(this::drain);
    }

    @Override
    public PageLink link() {
        return link;
    }

    @Override
    public void send(String json) {
        if (closeReason == null && !queue.offer(json)) {
            close("this page fell behind the terminal; reload it");
        }
    }

    @Override
    public void close(String reason) {
        if (closeReason != null) {
            return;
        }
        closeReason = reason;
        queue.clear();
        queue.offer(CLOSE);
    }

    boolean closed() {
        return closeReason != null;
    }

    private void drain() {
        try {
            while (true) {
                String next = queue.poll(30, TimeUnit.SECONDS);
                if (next == null) {
                    if (!ws.session.isOpen()) {
                        return;
                    }
                    continue;
                }
                if (next == CLOSE) {
                    write(Json.write(Json.object("type", "closed", "reason", closeReason)));
                    ws.closeSession(4403, closeReason.length() > 120 ? closeReason.substring(0, 120) : closeReason);
                    return;
                }
                if (!write(next)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the browser went away
        }
    }

    private boolean write(String text) {
        try {
            org.eclipse.jetty.websocket.api.Callback.Completable done = new org.eclipse.jetty.websocket.api.Callback.Completable();
            ws.session.sendText(text, done);
            done.get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            closeReason = "the connection failed";
            return false;
        }
    }
}
