package dev.baton.hub;

import dev.baton.adapters.web.WebChat;
import dev.baton.hub.daemons.DaemonEndpoint;
import dev.baton.hub.daemons.TokenHash;
import dev.baton.hub.store.HubStore;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running hub: {@code hub.db}, the core, the web chat, and one HTTP server for the page, its API and the
 * daemons' WebSocket. Started by {@link HubMain} (and by tests, on port 0). Closes in reverse order.
 */
public final class Hub implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Hub.class);

    /** Where the hub keeps its files, where it listens, the web chat's access token, and who may approve. */
    public record Options(Path dir, String bind, int port, String webToken, dev.baton.config.ApprovalSettings approvals) {
        public Options(Path dir, String bind, int port, String webToken) {
            this(dir, bind, port, webToken, dev.baton.config.ApprovalSettings.defaults());
        }
    }

    private final HubStore store;
    private final HubCore core;
    private final WebChat web;
    private final Javalin server;

    private Hub(HubStore store, HubCore core, WebChat web, Javalin server) {
        this.store = store;
        this.core = core;
        this.web = web;
        this.server = server;
    }

    public static Hub start(Options options, Clock clock) {
        HubStore store = HubStore.open(options.dir().resolve("hub.db"));
        HubState state = new HubState(store, clock, options.approvals());
        HubCore core = new HubCore(state);
        WebChat web = WebChat.open(options.dir().resolve("webchat.db"), options.webToken(), clock);
        state.surfaces.put(web.platform(), web);
        web.connect(core);
        DaemonEndpoint daemons = new DaemonEndpoint(store, core);
        core.start();
        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            web.routes(cfg);
            daemons.routes(cfg);
        });
        try {
            server.start(options.bind(), options.port());
        } catch (RuntimeException e) {
            web.close();
            core.close();
            store.close();
            throw new IllegalStateException("cannot listen on " + options.bind() + ":" + options.port()
                    + " (is another hub running? set [web] port): " + rootCause(e), e);
        }
        log.info("hub listening on {}:{}", options.bind(), server.port());
        return new Hub(store, core, web, server);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public int port() {
        return server.port();
    }

    /** Registers (or re-keys) a daemon and returns its new token; only the hash is kept. */
    public String addDaemonToken(String name, Clock clock) {
        String token = TokenHash.newToken();
        store.putDaemon(name, TokenHash.hash(token), clock.millis());
        return token;
    }

    @Override
    public void close() {
        server.stop();
        web.close();
        core.close();
        store.close();
    }
}
