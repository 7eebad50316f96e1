package dev.baton.hub.daemons;

import dev.baton.hub.store.HubStore;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import io.javalin.config.JavalinConfig;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /daemon}: the WebSocket daemons dial. The first frame must be a hello with the protocol version and
 * the daemon's token; anything else gets a {@code rejected} frame with the reason, then the connection closes.
 */
public final class DaemonEndpoint {
    private static final Logger log = LoggerFactory.getLogger(DaemonEndpoint.class);
    private static final int MAX_FRAME = 16 * 1024 * 1024;
    private final HubStore store;
    private final DaemonListener listener;
    private final Map<String, WebSocketDaemonLink> links = new ConcurrentHashMap<>();

    public DaemonEndpoint(HubStore store, DaemonListener listener) {
        this.store = store;
        this.listener = listener;
    }

    public void routes(JavalinConfig cfg) {
        cfg.jetty.modifyWebSocketServletFactory(f -> f.setMaxTextMessageSize(MAX_FRAME));
        cfg.routes.ws("/daemon", ws -> {
            ws.onMessage(ctx -> onText(ctx, ctx.message()));
            ws.onClose(ctx -> closed(ctx));
            ws.onError(ctx -> closed(ctx));
        });
    }

    private void onText(WsContext ctx, String text) {
        WebSocketDaemonLink link = links.get(ctx.sessionId());
        Frame frame;
        try {
            frame = WireJson.read(text);
        } catch (JsonException | IllegalArgumentException e) {
            if (link == null) {
                reject(ctx, "malformed hello: " + e.getMessage());
            } else {
                log.warn("daemon {} sent a malformed frame, ignored: {}", link.name(), e.getMessage());
            }
            return;
        }
        if (link != null) {
            listener.frame(link, frame);
            return;
        }
        if (!(frame.message() instanceof WireMessage.Hello hello)) {
            reject(ctx, "the first frame must be a hello");
            return;
        }
        if (hello.protocolVersion() != WireMessage.VERSION) {
            reject(ctx, "protocol version " + hello.protocolVersion() + " is not supported; this hub speaks "
                    + WireMessage.VERSION + " (upgrade the older side)");
            return;
        }
        var stored = store.daemonTokenHash(hello.name());
        if (stored.isEmpty()) {
            reject(ctx, "unknown daemon '" + hello.name() + "'; register it on the hub with: bin/baton token add " + hello.name());
            return;
        }
        if (!TokenHash.matches(hello.token(), stored.get())) {
            reject(ctx, "invalid token for daemon '" + hello.name() + "'");
            return;
        }
        WebSocketDaemonLink fresh = new WebSocketDaemonLink(ctx, hello);
        links.put(ctx.sessionId(), fresh);
        log.info("daemon {} connected from {} with agents {}", hello.name(), hello.host(), fresh.agents());
        listener.connected(fresh);
    }

    private void reject(WsContext ctx, String reason) {
        log.warn("rejected a daemon connection: {}", reason);
        try {
            org.eclipse.jetty.websocket.api.Callback.Completable sent = new org.eclipse.jetty.websocket.api.Callback.Completable();
            ctx.session.sendText(WireJson.write(new Frame(0, 0, new WireMessage.Rejected(reason))), sent);
            sent.get(5, java.util.concurrent.TimeUnit.SECONDS);
            ctx.closeSession(4001, "rejected");
        } catch (Exception e) {
            // it went away first
        }
    }

    private void closed(WsContext ctx) {
        WebSocketDaemonLink link = links.remove(ctx.sessionId());
        if (link != null) {
            link.markClosed();
            log.info("daemon {} disconnected", link.name());
            listener.disconnected(link);
        }
    }
}
