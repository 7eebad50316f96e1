package dev.baton.daemon.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK's HTTP server on 127.0.0.1 with an ephemeral port and daemon threads: what the fake model APIs run on. */
final class LoopbackHttp implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong();

    private LoopbackHttp(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves every path with {@code handler}; {@code name} names its threads and any start failure. */
    static LoopbackHttp start(String name, HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
            server.createContext("/", handler);
            server.setExecutor(executor);
            server.start();
            return new LoopbackHttp(server, executor);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Answers with {@code body}, its type and a fake request id under {@code requestIdHeader} (a new one per answer,
     * as the real APIs do; Claude Code keys its transcript's usage on it); HEAD gets no body.
     */
    static void send(HttpExchange ex, int status, String type, String body, String requestIdHeader) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set(requestIdHeader, "req_fake_" + NEXT_ID.incrementAndGet());
        if ("HEAD".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
