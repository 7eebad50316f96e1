package dev.baton.adapters.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A web chat served by a real Javalin on 127.0.0.1, port 0, with only the web chat's routes and a {@link FakeHub}.
 * {@link #restart()} closes everything and reopens the same database file, as a hub restart would.
 */
final class WebChatServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789abcdef";

    private final Path db;
    private final WebChatOptions options;
    private WebChat chat;
    private Javalin app;
    private FakeHub hub;

    private WebChatServer(Path db, WebChatOptions options) {
        this.db = db;
        this.options = options;
        start();
    }

    static WebChatServer start(Path dir) {
        return start(dir, WebChatOptions.DEFAULTS);
    }

    static WebChatServer start(Path dir, WebChatOptions options) {
        return new WebChatServer(dir.resolve("chat.db"), options);
    }

    private void start() {
        chat = WebChat.open(db, TOKEN, Clock.systemUTC(), options);
        hub = new FakeHub();
        chat.connect(hub);
        WebChat routesOf = chat;
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            routesOf.routes(cfg);
        }).start("127.0.0.1", 0);
    }

    void restart() {
        close();
        start();
    }

    String url() {
        return "http://127.0.0.1:" + app.port();
    }

    Api api() {
        return new Api(url(), TOKEN);
    }

    FakeHub hub() {
        return hub;
    }

    WebChat chat() {
        return chat;
    }

    Path db() {
        return db;
    }

    @Override
    public void close() {
        app.stop();
        chat.close();
    }
}
