package dev.baton.daemon.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accepts connections on the Unix socket and serves each on its own virtual thread. */
public final class IpcServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IpcServer.class);
    private final Path socket;
    private final ServerSocketChannel server;
    private final RequestHandler handler;
    private volatile boolean closed;

    private IpcServer(Path socket, ServerSocketChannel server, RequestHandler handler) {
        this.socket = socket;
        this.server = server;
        this.handler = handler;
    }

    /** Binds {@code socket} (mode 0600), replacing a stale file left by a dead daemon. */
    public static IpcServer bind(Path socket, RequestHandler handler) throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        IpcServer s = new IpcServer(socket, server, handler);
        Thread.ofPlatform().name("ipc-accept").daemon(true).start(s::acceptLoop);
        return s;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SocketChannel ch = server.accept();
                Thread.ofVirtual().name("ipc-conn").start(() -> handler.serve(ch));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (!closed) {
                    log.warn("accept failed: {}", e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            log.debug("closing the socket: {}", e.getMessage());
        }
    }
}
