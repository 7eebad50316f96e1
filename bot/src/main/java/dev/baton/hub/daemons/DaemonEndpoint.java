package dev.baton.hub.daemons;

import dev.baton.hub.store.HubStore;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.Liveness;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import io.javalin.config.JavalinConfig;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /daemon}: the WebSocket daemons dial. The first frame must be a hello with the protocol version and
 * the daemon's token; anything else gets a {@code rejected} frame with the reason, then the connection closes.
 * Once linked, the endpoint keeps each link alive ({@link LinkSettings}): one ticker sends a heartbeat to every daemon
 * it has sent nothing for an interval, and drops a daemon it has heard nothing from for the dead-peer window, as if
 * it had disconnected. {@link #start()} and {@link #close()} run the ticker.
 */
public final class DaemonEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DaemonEndpoint.class);
    private static final int MAX_FRAME = 16 * 1024 * 1024;
    private final HubStore store;
    private final DaemonListener listener;
    private final Map<String, WebSocketDaemonLink> links = new ConcurrentHashMap<>();
    private final LinkSettings settings;
    private final Consumer<String> verifiedToken;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("daemon-links").daemon(true).factory());
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * {@code verifiedToken} is told each daemon token that proved valid: the hub stores only hashes, so this is how it
     * learns the value to redact.
     */
    public DaemonEndpoint(HubStore store, DaemonListener listener, LinkSettings settings, Consumer<String> verifiedToken) {
        this.store = store;
        this.listener = listener;
        this.settings = settings;
        this.verifiedToken = verifiedToken;
    }

    /** Starts the heartbeat ticker; idempotent. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            long tick = settings.heartbeat().tick().toNanos();
            ticker.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.NANOSECONDS);
        }
    }

    private void tick() {
        for (WebSocketDaemonLink link : links.values()) {
            try {
                Optional<Duration> silence = link.liveness().deadPeer();
                if (silence.isPresent()) {
                    log.warn("daemon {} sent nothing for {} ms; dropping its link", link.name(), silence.get().toMillis());
                    link.disconnect();
                    closed(link.id());
                } else if (link.liveness().heartbeatDue()) {
                    link.heartbeat();
                }
            } catch (RuntimeException e) {
                log.warn("heartbeat of daemon {} failed: {}", link.name(), e.toString());
            }
        }
    }

    public void routes(JavalinConfig cfg) {
        cfg.jetty.modifyWebSocketServletFactory(f -> f.setMaxTextMessageSize(MAX_FRAME));
        cfg.routes.ws("/daemon", ws -> {
            ws.onConnect(ctx -> ctx.session.setIdleTimeout(settings.idleTimeout()));
            ws.onMessage(ctx -> onText(ctx, ctx.message()));
            ws.onClose(ctx -> closed(ctx));
            ws.onError(ctx -> closed(ctx));
        });
    }

    private void onText(WsContext ctx, String text) {
        WebSocketDaemonLink link = links.get(ctx.sessionId());
        if (link != null) {
            link.liveness().heard();
        }
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
            if (!(frame.message() instanceof WireMessage.Heartbeat)) {
                listener.frame(link, frame);
            }
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
        verifiedToken.accept(hello.token());
        WebSocketDaemonLink fresh = new WebSocketDaemonLink(ctx, hello, Liveness.monotonic(settings.heartbeat()));
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
        closed(ctx.sessionId());
    }

    private void closed(String sessionId) {
        WebSocketDaemonLink link = links.remove(sessionId);
        if (link != null) {
            link.markClosed();
            log.info("daemon {} disconnected", link.name());
            listener.disconnected(link);
        }
    }

    /** Stops the ticker; the links themselves end with the server. */
    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
