package dev.baton.daemon.session;

import dev.baton.config.AgentSpec;
import dev.baton.config.BatonConfig;
import dev.baton.daemon.attention.PromptProfile;
import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.pty.TerminalLauncher;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.session.output.RawLog;
import dev.baton.daemon.session.output.SessionEvents;
import dev.baton.daemon.store.SessionRow;
import dev.baton.daemon.store.StateStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a live session around an agent that outlived its daemon in the PTY host: the screen is replayed from
 * the raw log before any live byte arrives, the log is appended to, and events continue from the last seq.
 */
final class SessionAdoption {
    private static final Logger log = LoggerFactory.getLogger(SessionAdoption.class);

    private final BatonConfig config;
    private final TerminalLauncher terminals;
    private final StateStore store;
    private final Clock clock;
    private final java.util.function.Consumer<dev.baton.protocol.event.EventRecord> tap;

    SessionAdoption(BatonConfig config, TerminalLauncher terminals, StateStore store, Clock clock,
                    java.util.function.Consumer<dev.baton.protocol.event.EventRecord> tap) {
        this.config = config;
        this.terminals = terminals;
        this.store = store;
        this.clock = clock;
        this.tap = tap;
    }

    /** The session, not yet started, or empty when the agent cannot be re-attached. */
    Optional<Session> adopt(SessionRow row, SessionContext ctx, SessionLauncher.ScreenFactory screens) {
        Optional<AgentTerminal> terminal = terminals.adopt(row.id().value());
        if (terminal.isEmpty()) {
            return Optional.empty();
        }
        int cols = config.daemon().cols();
        int rows = config.daemon().rows();
        Session[] owner = new Session[1];
        ScreenModel screen = screens.create(owner, cols, rows);
        Path logFile = Path.of(row.logPath());
        RawLog rawLog;
        try {
            replay(logFile, screen);
            rawLog = RawLog.open(logFile);
        } catch (IOException e) {
            log.warn("session {}: cannot reopen its raw log {}: {}; leaving the agent in the host", row.name(),
                    logFile, e.getMessage());
            terminal.get().close();
            return Optional.empty();
        }
        String vendor = config.agent(row.agent()).map(AgentSpec::vendor).map(Enum::name).orElse("generic");
        SessionEvents events = new SessionEvents(row.id(), store, clock, store.lastSeq(row.id()), tap);
        boolean hooks = config.agent(row.agent()).map(a -> a.vendor() == AgentSpec.Vendor.CLAUDE && a.hooks()
                && java.nio.file.Files.exists(Path.of(row.worktree(), ".claude", "settings.local.json"))).orElse(false);
        java.util.List<dev.baton.protocol.event.SessionEvent> history =
                store.events(row.id(), 0, Integer.MAX_VALUE).stream().map(e -> e.event()).toList();
        String mode = history.stream().filter(e -> e instanceof dev.baton.protocol.event.SessionEvent.Created)
                .map(e -> ((dev.baton.protocol.event.SessionEvent.Created) e).mode()).findFirst().orElse("");
        owner[0] = new Session(ctx, row.withPid(terminal.get().pid()), events, terminal.get(), screen, rawLog,
                PromptProfile.forVendor(vendor), hooks, mode,
                dev.baton.daemon.attribution.CommitLog.resuming(Path.of(row.worktree()), history));
        owner[0].restoreTurns(history);
        return Optional.of(owner[0]);
    }

    /** Feeds the whole raw log to the screen; the screen's listener ignores it (no owner yet, so no replies). */
    private static void replay(Path file, ScreenModel screen) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                screen.feed(buf, 0, n);
            }
        }
    }
}
