package dev.baton.adapters.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.baton.chat.Reconnector;
import dev.baton.chat.Reconnector.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reaching Slack, one {@link #connectOnce attempt} at a time for the {@link Reconnector}: check the bot token (and in
 * Socket Mode the app token) with {@link TokenCheck}, start Bolt and, in Socket Mode, open the connection. Once it is
 * open, Bolt's client reconnects a dropped socket by itself; this tells the reconnector when the socket closes and
 * when Slack's next {@code hello} arrives. Owns and closes the Socket Mode app (not the Bolt app or the client).
 */
final class SlackConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackConnection.class);

    private final SlackOptions options;
    private final Slack slack;
    private final App app;
    private Reconnector link;
    private SocketModeApp socket;
    private boolean closed;

    SlackConnection(SlackOptions options, Slack slack, App app) {
        this.options = options;
        this.slack = slack;
        this.app = app;
    }

    /** Who hears about drops and returns of an open Socket Mode connection. Set once, before the first attempt. */
    synchronized void link(Reconnector reconnector) {
        this.link = reconnector;
    }

    synchronized Outcome connectOnce() {
        if (closed) {
            return new Outcome.Unreachable("closed");
        }
        Outcome bot = TokenCheck.check("bot token", options.apiUrl(),
                () -> slack.methods(options.botToken()).authTest(r -> r));
        if (!(bot instanceof Outcome.Up)) {
            return bot;
        }
        if (options.socketMode()) {
            Outcome appToken = TokenCheck.check("app token", options.apiUrl(),
                    () -> slack.methods(options.appToken().orElseThrow()).appsConnectionsOpen(r -> r));
            if (!(appToken instanceof Outcome.Up)) {
                return appToken;
            }
        }
        try {
            app.start();
            if (options.socketMode() && socket == null) {
                socket = new SocketModeApp(options.appToken().orElseThrow(), app, SocketModeClient.Backend.JavaWebSocket);
                socket.startAsync();
                watch(socket.getClient());
            }
        } catch (Exception e) {
            closeSocket();
            // the tokens were fine a moment ago: the network went away in between
            return new Outcome.Unreachable("cannot reach Slack at " + options.apiUrl() + ": " + e.getMessage());
        }
        log.info("Slack adapter started ({})", options.socketMode() ? "Socket Mode" : "HTTP mode, " + BoltHttpEndpoint.PATH);
        return new Outcome.Up();
    }

    private void watch(SocketModeClient client) {
        Reconnector to = link;
        if (to == null) {
            return;
        }
        client.addWebSocketCloseListener((code, reason) -> to.lost("the Socket Mode connection closed (" + code
                + (reason == null || reason.isBlank() ? "" : ": " + reason) + "); Bolt reconnects"));
        client.addWebSocketMessageListener(message -> {
            if (message.contains("\"type\":\"hello\"")) {
                to.regained();
            }
        });
    }

    private void closeSocket() {
        if (socket != null) {
            try {
                socket.close();
            } catch (Exception e) {
                log.debug("closing Socket Mode: {}", e.toString());
            }
            socket = null;
        }
    }

    /** Closes the Socket Mode connection; later attempts do nothing. Waits for an attempt under way. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        closeSocket();
    }
}
