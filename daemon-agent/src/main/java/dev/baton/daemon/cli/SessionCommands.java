package dev.baton.daemon.cli;

import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.cli.StreamEnd;
import dev.baton.protocol.cli.Target;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.RecordJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The session commands of the CLI: one method per command, each a request to the daemon. */
final class SessionCommands {
    private final AgentCli.Context ctx;

    SessionCommands(AgentCli.Context ctx) {
        this.ctx = ctx;
    }

    int run(List<String> argv) {
        Args a = Args.parse(argv, Set.of("--name", "--agent", "--repo", "--branch", "--continue"), Set.of());
        String name = a.option("--name").orElseThrow(() -> new UsageException("run needs --name NAME"));
        List<String> words = a.sawDashDash() ? a.rest() : a.positionals();
        if (a.sawDashDash() && !a.positionals().isEmpty()) {
            throw new UsageException("put the prompt after -- only");
        }
        String prompt = String.join(" ", words);
        if (prompt.isBlank() && a.option("--continue").isEmpty()) {
            throw new UsageException("run needs a PROMPT, e.g. agent run --name fix-login \"fix the login bug\"");
        }
        Path repo = Path.of(a.option("--repo").orElse(".")).toAbsolutePath().normalize();
        new DaemonCommands(ctx).ensureRunning();
        SessionSummary s = call(new CliRequest.Run(name, a.option("--agent"), repo.toString(), a.option("--branch"),
                Optional.of(prompt), user(), a.option("--continue"))).session();
        ctx.out().println("started " + s.name() + ": " + s.agent() + " on branch " + s.branch()
                + " (from " + s.baseBranch() + ")");
        ctx.out().println("  worktree " + s.worktree());
        ctx.out().println("  watch:   agent attach " + name + "   (detach with Ctrl-])");
        ctx.out().println("           agent screen " + name + " | agent events " + name + " --follow");
        return 0;
    }

    int ls(List<String> argv) {
        Args a = Args.parse(argv, Set.of("--grep"), Set.of("--json", "--all"));
        CliReply.Listing r = call(new CliRequest.Ls(a.flag("--all"), a.option("--grep")));
        if (a.flag("--json")) {
            ctx.out().println(Json.write(r.sessions().stream().map(RecordJson::toMap).toList()));
        } else {
            ctx.out().print(LsTable.render(r));
        }
        return 0;
    }

    int screen(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of("--json"));
        CliReply.ScreenImage r = call(new CliRequest.Screen(Target.named(one(a, "screen"))));
        if (a.flag("--json")) {
            ctx.out().println(RecordJson.write(r));
        } else {
            ctx.out().println(r.text());
        }
        return 0;
    }

    int sendInput(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of());
        if (a.positionals().isEmpty()) {
            throw new UsageException("usage: agent send-input NAME -- TEXT");
        }
        String name = a.positionals().get(0);
        List<String> words = a.sawDashDash() ? a.rest() : a.positionals().subList(1, a.positionals().size());
        call(new CliRequest.SendInput(Target.named(name), String.join(" ", words), user()));
        return 0;
    }

    int sendKeys(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of());
        if (a.positionals().size() < 2) {
            throw new UsageException("usage: agent send-keys NAME KEY...   (keys: esc, enter, tab, shift-tab, ctrl-c, up, down, left, right, a digit)");
        }
        call(new CliRequest.SendKeys(Target.named(a.positionals().get(0)),
                List.copyOf(a.positionals().subList(1, a.positionals().size())), user()));
        return 0;
    }

    int detach(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of());
        String id = ctx.env().get("BATON_SESSION_ID");
        if (a.positionals().isEmpty() && id == null) {
            throw new UsageException("usage: agent detach NAME (or run it inside a session)");
        }
        CliReply.Message r = call(new CliRequest.Detach(
                Target.of(a.positionals().isEmpty() ? null : a.positionals().get(0), id), user()));
        ctx.out().println(r.message());
        return 0;
    }

    int diff(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of("--stat"));
        CliReply.DiffText r = call(new CliRequest.Diff(Target.named(one(a, "diff")), a.flag("--stat")));
        ctx.out().print(r.diff());
        return 0;
    }

    int recap(List<String> argv) {
        String usage = "recap NAME [--json|--markdown] [--prose|--no-prose]";
        Args a = Args.parse(argv, Set.of(), Set.of("--json", "--markdown", "--prose", "--no-prose"));
        if (a.flag("--json") && a.flag("--markdown") || a.flag("--prose") && a.flag("--no-prose")) {
            throw new UsageException("usage: agent " + usage);
        }
        String name = one(a, usage);
        CliReply.Recapped r = call(new CliRequest.Recap(Target.named(name), false));
        if (!a.flag("--no-prose") && (a.flag("--prose") || r.proseOn())) {
            ctx.err().println("agent: writing the prose summary with the session's agent CLI (up to "
                    + r.proseTimeoutS() + " s)…");
            r = call(new CliRequest.Recap(Target.named(name), true));
        }
        if (a.flag("--json")) {
            ctx.out().println(Json.write(r.recap()));
        } else {
            ctx.out().print(a.flag("--markdown") ? r.markdown() : r.text());
        }
        return 0;
    }

    int kill(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of("--rm"));
        String name = one(a, "kill");
        CliReply.Killed r = call(new CliRequest.Kill(Target.named(name), a.flag("--rm"), user()));
        ctx.out().println(name + ": " + r.state() + r.exitCode().map(c -> " (exit " + c + ")").orElse(""));
        r.notes().forEach(n -> ctx.out().println("  " + n));
        return 0;
    }

    int emit(List<String> argv) {
        Args a = Args.parse(argv, Set.of("--level", "--kind", "--message"), Set.of("--batch"));
        String id = ctx.env().get("BATON_SESSION_ID");
        if (a.positionals().isEmpty() && id == null) {
            throw new UsageException("usage: agent emit NAME --level info|notice|action --kind KIND --message TEXT"
                    + "\n       agent emit [NAME] --batch < events.jsonl");
        }
        Target target = Target.of(a.positionals().isEmpty() ? null : a.positionals().get(0), id);
        if (a.flag("--batch")) {
            if (a.option("--level").isPresent() || a.option("--kind").isPresent() || a.option("--message").isPresent()) {
                throw new UsageException("with --batch each line gives its own level, kind and message");
            }
            return new BatchEmit(ctx, target, user()).send();
        }
        String level = a.option("--level").orElseThrow(() -> new UsageException("emit needs --level"));
        String kind = a.option("--kind").orElseThrow(() -> new UsageException("emit needs --kind"));
        call(new CliRequest.Emit(target, level, kind, Optional.of(a.option("--message").orElse("")), user()));
        return 0;
    }

    /** {@code agent artifacts NAME}: the session's commits, patches and declared files, oldest first. */
    int artifacts(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of("--json"));
        String name = one(a, "artifacts NAME [--json]");
        List<Fields> found = new java.util.ArrayList<>();
        try (IpcClient c = IpcClient.connect(ctx.root().socket())) {
            c.open(new CliRequest.Events(Target.named(name), false, 0));
            String line;
            while ((line = c.readLine()) != null) {
                Fields f = Fields.of(Json.parseObject(line));
                if (f.map().containsKey("end")) {
                    break;
                }
                if ("artifact".equals(f.map().get("type"))) {
                    found.add(f);
                }
            }
        } catch (IOException e) {
            throw new CliException("lost the connection to the daemon: " + e.getMessage());
        }
        ctx.out().print(ArtifactTable.render(found, a.flag("--json")));
        return 0;
    }

    int events(List<String> argv) {
        Args a = Args.parse(argv, Set.of("--after", "--kind"), Set.of("--json", "--follow"));
        Optional<String> kind = a.option("--kind");
        if (kind.isPresent() && !kind.get().equals("audit")) {
            throw new UsageException("unknown --kind '" + kind.get() + "'; the kind is: audit");
        }
        java.util.function.Predicate<Fields> keep = kind.isEmpty() ? f -> true
                : f -> dev.baton.protocol.event.AuditTrail.isAudit(dev.baton.protocol.event.EventJson.fromMap(f.map()).event());
        if (kind.isPresent() && a.positionals().isEmpty() && !a.flag("--follow")) {
            // the whole daemon's audit trail: every session, oldest session first
            for (SessionSummary s : call(new CliRequest.Ls(true, Optional.empty())).sessions()) {
                events(s.name(), 0L, false, a.flag("--json"), keep, true);
            }
            return 0;
        }
        return events(one(a, "events"), a.option("--after").map(Long::parseLong).orElse(0L), a.flag("--follow"),
                a.flag("--json"), keep, false);
    }

    private int events(String name, long after, boolean follow, boolean json, java.util.function.Predicate<Fields> keep,
                       boolean named) {
        EventPrinter printer = new EventPrinter(ctx.out(), json, named ? name : "");
        try (IpcClient c = IpcClient.connect(ctx.root().socket())) {
            c.open(follow ? new CliRequest.StreamEvents(Target.named(name), after)
                    : new CliRequest.Events(Target.named(name), false, after));
            String line;
            while ((line = c.readLine()) != null) {
                Fields f = Fields.of(Json.parseObject(line));
                if (f.map().containsKey("end")) {
                    if (follow) {
                        ctx.err().println("-- " + RecordJson.fromMap(f.map(), StreamEnd.class).end());
                    }
                    break;
                }
                if (keep.test(f)) {
                    printer.print(f);
                }
            }
        } catch (IOException e) {
            throw new CliException("lost the connection to the daemon: " + e.getMessage());
        }
        return 0;
    }

    private Optional<String> user() {
        return Optional.of(ctx.user());
    }

    private <R extends CliReply> R call(CliRequest<R> request) {
        return IpcClient.call(ctx.root().socket(), request);
    }

    private static String one(Args a, String command) {
        if (a.positionals().size() != 1) {
            throw new UsageException("usage: agent " + command + " NAME");
        }
        return a.positionals().get(0);
    }
}
