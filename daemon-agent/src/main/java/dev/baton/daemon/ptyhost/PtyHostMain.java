package dev.baton.daemon.ptyhost;

import dev.baton.daemon.process.PidFileLock;

import dev.baton.daemon.pty.TerminalLauncher;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PTY host process: {@code PtyHostMain <runtime root>}. Holds {@code ptyhost.pid}, listens on
 * {@code ptyhost.sock} (0600), spawns agents with the pty4j launcher and keeps them across daemon restarts.
 * It exits after a {@code StopHost} request, or by itself after being idle (no agents, no daemon) for
 * {@code -Dbaton.ptyhost.idle_exit_ms} (30 s). {@code -Dbaton.ptyhost.ring_bytes} sizes each agent's buffer (8 MiB).
 * {@code PtyHostMain --protocol-version} prints the host protocol version this build speaks, and exits.
 */
public final class PtyHostMain {
    private static final Logger log = LoggerFactory.getLogger(PtyHostMain.class);

    private PtyHostMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 1 && args[0].equals("--protocol-version")) {
            // what agent daemon upgrade asks a new build before restarting onto it
            System.out.println(dev.baton.daemon.pty.wire.HostCodec.VERSION);
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: PtyHostMain RUNTIME_ROOT");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int ringBytes = Integer.getInteger("baton.ptyhost.ring_bytes", 8 * 1024 * 1024);
        Duration idleExit = Duration.ofMillis(Long.getLong("baton.ptyhost.idle_exit_ms", 30_000));
        System.exit(run(root, ringBytes, idleExit));
    }

    static int run(Path root, int ringBytes, Duration idleExit) throws IOException, InterruptedException {
        Optional<PidFileLock> lock = PidFileLock.tryAcquire(root.resolve("ptyhost.pid"));
        if (lock.isEmpty()) {
            log.info("another PTY host already runs for {}; exiting", root);
            return 0;
        }
        Path socket = root.resolve("ptyhost.sock");
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        AgentTable table = new AgentTable(TerminalLauncher.pty4j(), ringBytes, System::nanoTime);
        CountDownLatch stop = new CountDownLatch(1);
        Thread.ofPlatform().name("ptyhost-accept").daemon(true).start(() -> accept(server, table, stop::countDown));
        log.info("PTY host listening on {} (pid {}, ring {} bytes per agent, idle exit after {} s)", socket,
                ProcessHandle.current().pid(), ringBytes, idleExit.toSeconds());
        while (!stop.await(1, TimeUnit.SECONDS)) {
            if (table.idleFor(idleExit)) {
                log.info("no agents and no daemon for {} s; exiting", idleExit.toSeconds());
                break;
            }
        }
        server.close();
        Files.deleteIfExists(socket);
        table.endAll(Duration.ofSeconds(2));
        lock.get().close();
        log.info("PTY host stopped");
        return 0;
    }

    private static void accept(ServerSocketChannel server, AgentTable table, Runnable stop) {
        while (true) {
            try {
                SocketChannel ch = server.accept();
                Link link = new Link(ch, table, stop);
                Thread.ofVirtual().name("ptyhost-link").start(link::serve);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                log.warn("accept failed: {}", e.getMessage());
            }
        }
    }
}
