package dev.baton.daemon;

import dev.baton.config.BatonConfig;
import dev.baton.config.ConfigException;
import dev.baton.config.DefaultConfig;
import dev.baton.config.RuntimeRoot;
import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.git.Worktrees;
import dev.baton.daemon.hub.HubLink;
import dev.baton.daemon.ipc.HookOps;
import dev.baton.daemon.ipc.IpcServer;
import dev.baton.daemon.ipc.RequestHandler;
import dev.baton.daemon.ipc.SessionOps;
import dev.baton.daemon.ipc.StreamOps;
import dev.baton.daemon.pty.TerminalLauncher;
import dev.baton.daemon.session.LogReplay;
import dev.baton.daemon.session.Sessions;
import dev.baton.daemon.store.StateStore;
import dev.baton.daemon.vendor.VendorPreparation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/** The daemon's composition root: wires the store, sessions and the socket with plain constructors. */
public final class DaemonMain {
    private DaemonMain() {}

    public static void main(String[] args) {
        RuntimeRoot root = RuntimeRoot.resolve(System.getenv(), Uid.current());
        try {
            System.exit(run(root));
        } catch (ConfigException e) {
            System.err.print("agentd: " + e.describe());
            System.exit(2);
        } catch (DaemonException e) {
            System.err.println("agentd: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(RuntimeRoot root) {
        prepareRoot(root);
        BatonConfig config = DaemonConfig.load(root);
        dev.baton.config.SecretFiles.scan(root.dir()).forEach(w -> System.err.println("agentd: warning: " + w));
        Clock clock = Clock.systemUTC();
        dev.baton.daemon.process.PidFileLock lock = PidLock.acquire(root.pidFile());
        StateStore store = StateStore.openSqlite(root.stateDb());
        RepoInspector git = RepoInspector.jgit();
        boolean hosted = config.daemon().ptyHost();
        TerminalLauncher terminals = hosted ? TerminalLauncher.hosted(root.dir(), hostJvmArgs()) : TerminalLauncher.pty4j();
        Sessions sessions = new Sessions(root, config, store, Worktrees.gitCli(), git, terminals,
                new VendorPreparation(java.util.Optional.ofNullable(System.getProperty("baton.home")).map(java.nio.file.Path::of)),
                clock, System.getenv());
        Sessions.Recovery recovered = sessions.recover();
        HubLink hub = HubConnection.open(root, config, sessions, git, store, System.getenv());
        CountDownLatch stop = new CountDownLatch(1);
        AtomicBoolean endAgents = new AtomicBoolean(!hosted);
        DaemonInfo info = new DaemonInfo(root, config, sessions, clock.instant(), end -> {
            endAgents.set(end || !hosted);
            stop.countDown();
        }, () -> hub == null ? "not configured ([hub] url)" : hub.status());
        SessionOps ops = new SessionOps(sessions, git, clock, new LogReplay(config.daemon().cols(), config.daemon().rows()));
        IpcServer server;
        try {
            server = IpcServer.bind(root.socket(), new RequestHandler(ops, new StreamOps(sessions, ops), new HookOps(sessions), info));
        } catch (IOException e) {
            throw new DaemonException("cannot listen on " + root.socket() + ": " + e.getMessage(), e);
        }
        if (hub != null) {
            hub.start();
        }
        // a restart, SIGTERM or crash leaves hosted agents running for the next daemon; only `agent daemon stop` ends them
        Thread shutdown = Thread.ofPlatform().unstarted(() -> {
            if (hub != null) {
                hub.close();
            }
            server.close();
            if (endAgents.get()) {
                sessions.endAll();
            }
            sessions.close();
            store.close();
            if (endAgents.get()) {
                terminals.shutdown();
            }
            lock.close();
        });
        Runtime.getRuntime().addShutdownHook(shutdown);
        System.out.println("agentd " + info.version() + " listening on " + root.socket() + " (pid "
                + ProcessHandle.current().pid() + ", daemon '" + config.daemon().name() + "')"
                + (hosted ? ", agents in the PTY host" : "")
                + (recovered.adopted() > 0 ? "; re-adopted " + recovered.adopted() + " running session(s)" : "")
                + (recovered.interrupted() > 0 ? "; " + recovered.interrupted()
                        + " session(s) from before the restart are now interrupted" : ""));
        System.out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Test and tuning knobs for the PTY host ({@code -Dbaton.ptyhost.*}) are passed on to its JVM. */
    private static List<String> hostJvmArgs() {
        List<String> args = new ArrayList<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("baton.ptyhost."))
                .sorted().forEach(k -> args.add("-D" + k + "=" + System.getProperty(k)));
        return args;
    }

    private static void prepareRoot(RuntimeRoot root) {
        try {
            if (!Files.isDirectory(root.dir())) {
                Files.createDirectories(root.dir().getParent());
                Files.createDirectory(root.dir(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.setPosixFilePermissions(root.dir(), PosixFilePermissions.fromString("rwx------"));
            if (!Files.exists(root.config())) {
                Files.writeString(root.config(), DefaultConfig.TEXT);
                Files.setPosixFilePermissions(root.config(), PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new DaemonException("cannot prepare the runtime root " + root.dir() + ": " + e.getMessage(), e);
        }
    }
}
