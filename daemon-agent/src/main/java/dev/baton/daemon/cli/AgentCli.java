package dev.baton.daemon.cli;

import dev.baton.config.RuntimeRoot;
import dev.baton.daemon.Uid;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The {@code agent} command: the CLI's composition root. Exit codes: 0 ok, 1 failed, 2 usage, 3 no daemon. */
public final class AgentCli {
    static final String USAGE = """
            usage: agent [<command> [options]]

              (no command, on a terminal)
              tui [--once]             the supervisor TUI: every session, those that need you first; approve,
                                       deny, attach, type, kill (keys: ? inside it; docs/cli.md)

              run --name NAME [--agent VENDOR] [--repo PATH] [--branch BASE] "PROMPT"
                                       start an agent in its own worktree on branch baton/NAME
              run --name NAME --continue OLD ["PROMPT"]
                                       continue an ended session: take over its worktree and branch, and
                                       start the agent with its recap
              ls [--json] [--all] [--grep QUERY]   (TOKENS in/out, COST from the agent's transcript)
                                       list sessions (--all includes removed ones); --grep keeps those whose
                                       name, repo, branch, owner, sender or turn text contains QUERY
              attach NAME              interactive terminal; detach with Ctrl-]
              detach [NAME]            detach the attached client (inside a session: this one)
              send-input NAME -- TEXT  type TEXT, then Enter (short form: send NAME -- TEXT)
              send-keys NAME KEY...    esc, enter, tab, shift-tab, ctrl-c, up, down, left, right, a digit, ...
              screen NAME [--json]     the current rendered screen
              events NAME [--json] [--follow] [--kind audit]
              events --kind audit      approvals, denials, kills, shares of every session
              diff NAME [--stat]       the worktree against its base branch (untracked files included)
              recap NAME [--json|--markdown] [--prose|--no-prose]
                                       goal, state, who drove it, what changed, what was tried, last message
              kill [--rm] NAME         end the agent; --rm also removes the worktree, saving a patch first
              emit NAME --level info|notice|action --kind KIND --message TEXT
              emit [NAME] --batch      structured events as JSON lines on stdin (instrumented agents)
              artifacts NAME [--json]  commits, patches and files the session produced
              budget NAME [--raise DOLLARS | --raise-tokens N] [--json]
                                       spend and tokens against [budgets]; a raise resumes a paused session
              hook EVENT               run by an agent's hooks (JSON on stdin); see docs/attention.md
              daemon start [-d] | stop | restart [--foreground] | upgrade [--classpath CP] | info

            The runtime root is $BATON_DIR, else $XDG_RUNTIME_DIR/baton, else $TMPDIR/baton-UID, else /tmp/baton-UID.
            Docs: docs/cli.md""";

    private AgentCli() {}

    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.getenv(), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command; used by {@link #main} and by tests, which pass their own environment. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, System.in, out, err);
    }

    /** As {@link #run(List, Map, PrintStream, PrintStream)}, reading {@code in} (e.g. {@code emit --batch}). */
    public static int run(List<String> args, Map<String, String> env, java.io.InputStream in, PrintStream out,
                          PrintStream err) {
        RuntimeRoot root = RuntimeRoot.resolve(env, Uid.current());
        Context ctx = new Context(root, env, in, out, err);
        if (args.isEmpty() && dev.baton.daemon.tui.Tui.interactive()) {
            args = List.of("tui");
        }
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            out.println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            SessionCommands sessions = new SessionCommands(ctx);
            return switch (command) {
                case "run" -> sessions.run(rest);
                case "ls" -> sessions.ls(rest);
                case "tui" -> tui(ctx, rest);
                case "attach" -> new AttachClient(ctx).attach(rest);
                case "detach" -> sessions.detach(rest);
                case "send-input", "send" -> sessions.sendInput(rest);
                case "send-keys" -> sessions.sendKeys(rest);
                case "screen" -> sessions.screen(rest);
                case "events" -> sessions.events(rest);
                case "diff" -> sessions.diff(rest);
                case "recap" -> sessions.recap(rest);
                case "kill" -> sessions.kill(rest);
                case "emit" -> sessions.emit(rest);
                case "budget" -> new BudgetCommand(ctx).budget(rest);
                case "artifacts" -> sessions.artifacts(rest);
                case "hook" -> new HookCommand(ctx, in).hook(rest);
                case "daemon" -> new DaemonCommands(ctx).daemon(rest);
                case "version", "--version" -> {
                    out.println("agent (Baton) " + version());
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("agent: " + e.getMessage());
            err.println("run 'agent help' for usage");
            return 2;
        } catch (IpcClient.NotRunning e) {
            err.println("agent: " + e.getMessage());
            return 3;
        } catch (CliException e) {
            err.println("agent: " + e.getMessage());
            return e.exitCode();
        }
    }

    private static int tui(Context ctx, List<String> rest) {
        Args a = Args.parse(rest, java.util.Set.of(), java.util.Set.of("--once"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("usage: agent tui [--once]");
        }
        if (!dev.baton.daemon.tui.Tui.interactive()) {
            throw new CliException("the TUI needs an interactive terminal; in scripts use: agent ls, agent events NAME --follow");
        }
        IpcClient.connect(ctx.root().socket()).close(); // no daemon: say so before taking the terminal
        return new dev.baton.daemon.tui.Tui(new SocketDaemonPort(ctx.root().socket(), ctx.user())).run(a.flag("--once"));
    }

    static String version() {
        String v = AgentCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** What every command needs: the runtime root, the environment, and where to print. */
    record Context(RuntimeRoot root, Map<String, String> env, java.io.InputStream in, PrintStream out, PrintStream err) {
        String user() {
            String u = env.get("USER");
            return u == null || u.isBlank() ? System.getProperty("user.name", "unknown") : u;
        }
    }
}
