package dev.baton.daemon.session;

import dev.baton.config.AgentSpec;
import dev.baton.config.BatonConfig;
import dev.baton.config.RuntimeRoot;
import dev.baton.config.SecretEnv;
import dev.baton.daemon.attribution.Attribution;
import dev.baton.daemon.vendor.AgentMode;
import dev.baton.daemon.vendor.ClaudeSandbox;
import dev.baton.daemon.attention.PromptProfile;
import dev.baton.daemon.git.GitException;
import dev.baton.daemon.git.RepoInspector;
import dev.baton.daemon.git.Worktrees;
import dev.baton.daemon.pty.AgentTerminal;
import dev.baton.daemon.pty.LaunchSpec;
import dev.baton.daemon.pty.TerminalLauncher;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.session.output.RawLog;
import dev.baton.daemon.session.output.SessionEvents;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.id.BranchName;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.id.SessionName;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a run request against the config and the repo, then creates the worktree and spawns the agent. */
final class SessionLauncher {

    sealed interface Planning {}

    record Planned(Plan plan) implements Planning {}

    record Refused(String reason) implements Planning {}

    /**
     * What to start. A continuation takes over {@code from}: its worktree is moved to {@code worktree} (uncommitted
     * work and all) or, if it was removed, its kept branch is checked out there.
     */
    record Plan(RunRequest request, AgentSpec agent, Path repo, String base, String branch, Path worktree, Path log,
                Optional<SessionRow> from) {
        Plan(RunRequest request, AgentSpec agent, Path repo, String base, String branch, Path worktree, Path log) {
            this(request, agent, repo, base, branch, worktree, log, Optional.empty());
        }

        /** The sandbox and permission mode the agent starts in, from its config. */
        AgentMode mode() {
            return AgentMode.of(agent);
        }

        SessionRow row(SessionId id, Instant now) {
            return new SessionRow(id, request.name(), agent.name(), repo.toString(), base, branch, worktree.toString(),
                    request.prompt(), request.owner().toString(), SessionState.STARTING, null, now, null,
                    log.toString(), 0, false);
        }
    }

    /** Starting failed after the session was recorded; the message is fit for the user. */
    static final class LaunchFailed extends Exception {
        LaunchFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    interface ScreenFactory {
        ScreenModel create(Session[] owner, int cols, int rows);
    }

    private final RuntimeRoot root;
    private final BatonConfig config;
    private final Worktrees worktrees;
    private final RepoInspector git;
    private final TerminalLauncher terminals;
    private final AgentPreparation preparation;
    private final Map<String, String> baseEnv;
    private final Attribution attribution;

    SessionLauncher(RuntimeRoot root, BatonConfig config, Worktrees worktrees, RepoInspector git,
                    TerminalLauncher terminals, AgentPreparation preparation, Map<String, String> baseEnv,
                    Attribution attribution) {
        this.attribution = attribution;
        this.root = root;
        this.config = config;
        this.worktrees = worktrees;
        this.git = git;
        this.terminals = terminals;
        this.preparation = preparation;
        this.baseEnv = Map.copyOf(baseEnv);
    }

    Planning plan(RunRequest r) {
        Optional<String> badName = SessionName.problem(r.name());
        if (badName.isPresent()) {
            return new Refused(badName.get());
        }
        Optional<AgentSpec> agent = r.agent().isPresent() ? config.agent(r.agent().get()) : config.defaultAgent();
        if (agent.isEmpty()) {
            return new Refused(r.agent().map(a -> "unknown agent '" + a + "'; this daemon defines: "
                    + String.join(", ", config.agents().keySet().stream().sorted().toList())
                    + " (add [agents." + a + "] to " + config.source() + ")").orElse("no agents are configured in " + config.source()));
        }
        if (resolve(agent.get().command()).isEmpty()) {
            return new Refused("agent '" + agent.get().name() + "': command '" + agent.get().command()
                    + "' was not found on the daemon's PATH; install it or set [agents." + agent.get().name()
                    + "] command in " + config.source());
        }
        Optional<String> sandbox = sandboxProblem(agent.get());
        if (sandbox.isPresent()) {
            return new Refused(sandbox.get());
        }
        Optional<Path> repo = git.repoRoot(r.repo());
        if (repo.isEmpty()) {
            return new Refused(r.repo() + " is not inside a git repository (pass --repo PATH)");
        }
        List<Path> allowed = config.daemon().repos();
        if (allowed.isEmpty() && r.owner().surface() != Sender.Surface.CLI) {
            // Empty means "any repo" only for the local user at the CLI; the hub gets exactly the listed repos.
            return new Refused("this daemon offers no repos to the hub; list them in [daemon] repos of " + config.source());
        }
        if (!allowed.isEmpty() && allowed.stream().map(p -> p.toAbsolutePath().normalize()).noneMatch(repo.get()::equals)) {
            return new Refused("repo " + repo.get() + " is not in daemon.repos of " + config.source());
        }
        Optional<String> base = r.baseBranch().or(() -> git.currentBranch(repo.get()));
        if (base.isEmpty()) {
            return new Refused("the repo's HEAD is detached; pass --branch BASE");
        }
        Optional<String> badBranch = BranchName.problem(base.get());
        if (badBranch.isPresent()) {
            return new Refused(badBranch.get());
        }
        if (!git.branchExists(repo.get(), base.get())) {
            return new Refused("no branch '" + base.get() + "' in " + repo.get());
        }
        String branch = "baton/" + r.name();
        if (git.branchExists(repo.get(), branch)) {
            return new Refused("branch " + branch + " already exists in " + repo.get()
                    + " (kept from an earlier session?); pick another --name or delete the branch");
        }
        Path worktree = root.worktrees().resolve(r.name());
        if (Files.exists(worktree)) {
            return new Refused("folder " + worktree + " already exists; remove it or pick another --name");
        }
        Path log = root.logs().resolve(r.name() + "-" + System.currentTimeMillis() + ".log");
        return new Planned(new Plan(r, agent.get(), repo.get(), base.get(), branch, worktree, log));
    }

    Session launch(Plan plan, SessionRow row, SessionEvents events, SessionContext ctx, ScreenFactory screens)
            throws LaunchFailed {
        try {
            Files.createDirectories(root.worktrees());
            if (plan.from().isEmpty()) {
                worktrees.add(plan.repo(), plan.worktree(), plan.branch(), plan.base());
            } else if (!plan.from().get().worktreeRemoved() && Files.isDirectory(Path.of(plan.from().get().worktree()))) {
                worktrees.move(plan.repo(), Path.of(plan.from().get().worktree()), plan.worktree());
            } else {
                worktrees.checkout(plan.repo(), plan.worktree(), plan.branch());
            }
        } catch (GitException | IOException e) {
            throw new LaunchFailed("cannot create the worktree: " + e.getMessage(), e);
        }
        attribution.prepare(row.id().value(), plan.worktree(), plan.request().owner().toString());
        // the user's environment, never the bot's credentials nor the daemon's (docs/security.md)
        Map<String, String> env = new HashMap<>(SecretEnv.without(baseEnv, config));
        env.putAll(plan.agent().env());
        env.put("BATON_SESSION_ID", row.id().value());
        env.put("BATON_SOCKET", root.socket().toString());
        env.put("BATON_WORKTREE", plan.worktree().toString());
        env.put("BATON_BRANCH", plan.branch());
        env.put("BATON_TASK", row.name());
        env.put("BATON_WORKSPACE", root.dir().toString());
        env.put("TERM", "xterm-256color");
        env.put("BATON_NO_BUILD", "1"); // the agent's hooks call bin/agent, which must never start a build
        env.put("COLORTERM", "truecolor");
        List<String> argv = new ArrayList<>();
        argv.add(plan.agent().command());
        argv.addAll(plan.mode().flags());
        argv.addAll(preparation.reportingArgs(plan.agent()));
        argv.addAll(plan.agent().args());
        if (!plan.request().prompt().isEmpty()) {
            argv.add(plan.request().prompt());
        }
        int cols = config.daemon().cols();
        int rows = config.daemon().rows();
        AgentTerminal terminal = null;
        RawLog rawLog = null;
        boolean hooks = false;
        try {
            hooks = preparation.prepare(plan.agent(), plan.worktree(), env);
            Files.createDirectories(root.logs());
            rawLog = RawLog.open(plan.log());
            terminal = terminals.launch(new LaunchSpec(row.id().value(), argv, env, plan.worktree(), cols, rows));
        } catch (IOException | RuntimeException e) {
            if (rawLog != null) {
                rawLog.close();
            }
            throw new LaunchFailed("cannot start " + plan.agent().command() + ": " + e.getMessage(), e);
        }
        Session[] owner = new Session[1];
        ScreenModel screen = screens.create(owner, cols, rows);
        SessionRow started = row.withPid(terminal.pid());
        owner[0] = new Session(ctx, started, events, terminal, screen, rawLog,
                PromptProfile.forVendor(plan.agent().vendor().name()), hooks, plan.mode().description(),
                dev.baton.daemon.attribution.CommitLog.startingNow(plan.worktree()));
        return owner[0];
    }

    /**
     * A continuation of the ended session {@code old}: same repo, base and branch, its agent unless another is
     * asked for. Refused when its branch is gone (removed with {@code kill --rm} before anything was committed).
     */
    Planning planContinuation(RunRequest r, SessionRow old) {
        Optional<String> badName = SessionName.problem(r.name());
        if (badName.isPresent()) {
            return new Refused(badName.get());
        }
        String agentName = r.agent().orElse(old.agent());
        Optional<AgentSpec> agent = config.agent(agentName);
        if (agent.isEmpty() || resolve(agent.get().command()).isEmpty()) {
            return new Refused("agent '" + agentName + "' is not available on this daemon (see agent daemon info)");
        }
        Optional<String> sandbox = sandboxProblem(agent.get());
        if (sandbox.isPresent()) {
            return new Refused(sandbox.get());
        }
        Path repo = Path.of(old.repo());
        boolean keepsWorktree = !old.worktreeRemoved() && Files.isDirectory(Path.of(old.worktree()));
        if (!keepsWorktree && !git.branchExists(repo, old.branch())) {
            return new Refused("session '" + old.name() + "' has neither its worktree nor its branch " + old.branch()
                    + " any more (removed with kill --rm); its saved patch is under " + root.artifacts());
        }
        Path worktree = root.worktrees().resolve(r.name());
        if (Files.exists(worktree)) {
            return new Refused("folder " + worktree + " already exists; remove it or pick another --name");
        }
        Path log = root.logs().resolve(r.name() + "-" + System.currentTimeMillis() + ".log");
        return new Planned(new Plan(r, agent.get(), repo, old.baseBranch(), old.branch(), worktree, log, Optional.of(old)));
    }

    /** Why the agent's sandbox cannot start, if its mode has one ({@code bwrap} missing from the agent's PATH). */
    private Optional<String> sandboxProblem(AgentSpec agent) {
        if (AgentMode.of(agent).sandbox().isEmpty()) {
            return Optional.empty();
        }
        String path = agent.env().getOrDefault("PATH", baseEnv.getOrDefault("PATH", ""));
        return ClaudeSandbox.problem(agent.name(), path, System.getProperty("os.name", ""));
    }

    /** The absolute path of {@code command} on PATH, or itself if it already contains a slash. */
    Optional<Path> resolve(String command) {
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = baseEnv.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, command);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
