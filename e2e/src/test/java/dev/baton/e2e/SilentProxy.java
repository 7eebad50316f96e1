package dev.baton.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A TCP proxy on loopback in front of a port that can go silent without closing anything, as a peer does whose
 * machine vanished or whose NAT forgot the connection: after {@link #silence()} no byte crosses in either direction,
 * every socket stays open, and new connections are accepted but never answered. {@link #restore()} cuts the silent
 * connections (as the path coming back would) and forwards new ones again.
 */
final class SilentProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final List<Pair> pairs = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    SilentProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("silent-proxy").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    void silence() {
        silent = true;
        pairs.forEach(p -> p.silent = true);
    }

    void restore() {
        silent = false;
        pairs.stream().filter(p -> p.silent).forEach(Pair::close);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Pair pair = new Pair(client);
                pairs.add(pair);
                if (silent) {
                    pair.silent = true; // held open, never answered
                    continue;
                }
                pair.upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                Thread.ofVirtual().start(() -> pair.pump(pair.client, pair.upstream));
                Thread.ofVirtual().start(() -> pair.pump(pair.upstream, pair.client));
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection drop
            }
        }
    }

    /** One client connection and its upstream. */
    private final class Pair {
        final Socket client;
        volatile Socket upstream;
        volatile boolean silent;
        final CountDownLatch cut = new CountDownLatch(1);

        Pair(Socket client) {
            this.client = client;
        }

        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0 && !silent) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // a side went away
            }
            try {
                if (silent) {
                    cut.await(); // swallow it and tell nobody, not even of a close: the kernel buffers fill instead
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            close();
        }

        void close() {
            cut.countDown();
            pairs.remove(this);
            quietly(client);
            Socket up = upstream;
            if (up != null) {
                quietly(up);
            }
        }
    }

    private static void quietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        quietly(server);
        pairs.forEach(Pair::close);
    }

    private static void quietly(ServerSocket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
