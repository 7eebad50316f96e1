package dev.baton.daemon.cli;

import dev.baton.daemon.pty.HostProbe;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.SessionSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code agent daemon upgrade}: restarts the daemon onto a new build with its agents kept. {@code bin/agent} has
 * built the sources already if they changed (it does before every command), so the new build is this CLI's own
 * classpath, or an installed one given with {@code --classpath}. First the new build is asked which PTY host protocol
 * it speaks ({@code PtyHostMain --protocol-version}) and the running host whether it speaks that version; only then
 * does the old daemon stop (keeping the agents in the host) and the new one start and adopt them. If either check
 * fails the old daemon keeps running and the reason is printed.
 */
final class DaemonUpgrade {
    private static final long CHECK_TIMEOUT_S = 60;
    private final AgentCli.Context ctx;
    private final DaemonCommands daemon;

    DaemonUpgrade(AgentCli.Context ctx, DaemonCommands daemon) {
        this.ctx = ctx;
        this.daemon = daemon;
    }

    int upgrade(String classpath) {
        if (!daemon.running()) {
            throw new CliException("the daemon is not running, so there is nothing to upgrade; start the new build"
                    + " with: agent daemon start -d");
        }
        daemon.checkConfig(); // as for a restart: a config the new daemon refuses leaves this one running
        int version = newBuildVersion(classpath);
        String kept;
        switch (HostProbe.ask(ctx.root().dir().resolve("ptyhost.sock"), version)) {
            case HostProbe.Answer.NoHost n -> kept = "no PTY host runs, so there are no agents to keep";
            case HostProbe.Answer.Speaks s -> kept = "the running PTY host speaks it too and keeps its "
                    + s.agents().stream().filter(a -> a.alive()).count() + " running agent(s)";
            case HostProbe.Answer.DoesNotSpeak d -> {
                ctx.err().println("agent: upgrade refused: the new build speaks PTY host protocol " + version
                        + ", and the running PTY host does not (" + d.reason() + "), so the new daemon could not adopt"
                        + " the running agents. The old daemon keeps running. To upgrade anyway, end the sessions"
                        + " (agent daemon stop ends them all), then start the new build: agent daemon start -d");
                return 1;
            }
        }
        ctx.out().println("upgrade check passed: the new build speaks PTY host protocol " + version + "; " + kept);
        Map<String, Long> before = running();
        daemon.stop(true);
        long pid = daemon.spawn(classpath);
        ctx.out().println("daemon upgraded (pid " + pid + ", version " + facts().version() + ")");
        Map<String, Long> after = running();
        List<String> lost = before.keySet().stream().filter(n -> !before.get(n).equals(after.get(n))).sorted().toList();
        if (!before.isEmpty()) {
            ctx.out().println("  kept " + (before.size() - lost.size()) + " of " + before.size() + " agent(s): "
                    + before.entrySet().stream().filter(e -> !lost.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " (pid " + e.getValue() + ")").collect(Collectors.joining(", ")));
        }
        if (!lost.isEmpty()) {
            ctx.err().println("agent: not re-adopted: " + String.join(", ", lost) + " (see agent ls and the daemon log)");
            return 1;
        }
        return 0;
    }

    /** Asks the build on {@code classpath} which PTY host protocol it speaks; throws if it cannot say. */
    private int newBuildVersion(String classpath) {
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", classpath,
                "dev.baton.daemon.ptyhost.PtyHostMain", "--protocol-version");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(CHECK_TIMEOUT_S, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw refused("the new build did not say its PTY host protocol version: " + out);
            }
            try {
                return Integer.parseInt(out.lines().reduce((a, b) -> b).orElse(""));
            } catch (NumberFormatException e) {
                throw refused("the new build's PTY host protocol version is not a number: " + out);
            }
        } catch (IOException e) {
            throw refused("cannot run the new build: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("interrupted while checking the new build");
        }
    }

    private static CliException refused(String why) {
        return new CliException("upgrade refused: " + why + ". The old daemon keeps running.");
    }

    /** The live sessions and their agents' pids. */
    private Map<String, Long> running() {
        CliReply.Listing ls = IpcClient.call(ctx.root().socket(), new CliRequest.Ls(false, Optional.empty()));
        return ls.sessions().stream().filter(s -> !s.state().isTerminal() && s.pid() > 0)
                .collect(Collectors.toMap(SessionSummary::name, SessionSummary::pid));
    }

    private CliReply.DaemonFacts facts() {
        return IpcClient.call(ctx.root().socket(), new CliRequest.Info(false));
    }
}
