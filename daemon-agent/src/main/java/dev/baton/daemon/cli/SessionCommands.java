package dev.baton.daemon.cli;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        Map<String, Object> request = Json.object("op", "run", "name", name, "agent", a.option("--agent").orElse(null),
                "repo", repo.toString(), "branch", a.option("--branch").orElse(null), "prompt", prompt, "user", ctx.user(),
                "continues", a.option("--continue").orElse(null));
        Fields s = call(request).object("session");
        ctx.out().println("started " + s.string("name") + ": " + s.string("agent") + " on branch " + s.string("branch")
                + " (from " + s.string("base_branch") + ")");
        ctx.out().println("  worktree " + s.string("worktree"));
        ctx.out().println("  watch:   agent attach " + name + "   (detach with Ctrl-])");
        ctx.out().println("           agent screen " + name + " | agent events " + name + " --follow");
        return 0;
    }

    int ls(List<String> argv) {
        Args a = Args.parse(argv, Set.of("--grep"), Set.of("--json", "--all"));
        Fields r = call(Json.object("op", "ls", "all", a.flag("--all"), "grep", a.option("--grep").orElse(null)));
        if (a.flag("--json")) {
            ctx.out().println(Json.write(r.map().get("sessions")));
        } else {
            ctx.out().print(LsTable.render(r));
        }
        return 0;
    }

    int screen(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of("--json"));
        Fields r = call(Json.object("op", "screen", "name", one(a, "screen")));
        if (a.flag("--json")) {
            Map<String, Object> m = new java.util.LinkedHashMap<>(r.map());
            m.remove("ok");
            ctx.out().println(Json.write(m));
        } else {
            ctx.out().println(r.string("text"));
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
        call(Json.object("op", "send_input", "name", name, "text", String.join(" ", words), "user", ctx.user()));
        return 0;
    }

    int sendKeys(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of());
        if (a.positionals().size() < 2) {
            throw new UsageException("usage: agent send-keys NAME KEY...   (keys: esc, enter, tab, shift-tab, ctrl-c, up, down, left, right, a digit)");
        }
        call(Json.object("op", "send_keys", "name", a.positionals().get(0),
                "keys", a.positionals().subList(1, a.positionals().size()), "user", ctx.user()));
        return 0;
    }

    int detach(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of());
        String id = ctx.env().get("BATON_SESSION_ID");
        if (a.positionals().isEmpty() && id == null) {
            throw new UsageException("usage: agent detach NAME (or run it inside a session)");
        }
        Fields r = call(Json.object("op", "detach", "name", a.positionals().isEmpty() ? null : a.positionals().get(0),
                "session_id", id, "user", ctx.user()));
        ctx.out().println(r.string("message"));
        return 0;
    }

    int diff(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of("--stat"));
        Fields r = call(Json.object("op", "diff", "name", one(a, "diff"), "stat", a.flag("--stat")));
        ctx.out().print(r.string("diff"));
        return 0;
    }

    int recap(List<String> argv) {
        String usage = "recap NAME [--json|--markdown] [--prose|--no-prose]";
        Args a = Args.parse(argv, Set.of(), Set.of("--json", "--markdown", "--prose", "--no-prose"));
        if (a.flag("--json") && a.flag("--markdown") || a.flag("--prose") && a.flag("--no-prose")) {
            throw new UsageException("usage: agent " + usage);
        }
        String name = one(a, usage);
        Fields r = call(Json.object("op", "recap", "name", name));
        if (!a.flag("--no-prose") && (a.flag("--prose") || r.flag("prose_on"))) {
            ctx.err().println("agent: writing the prose summary with the session's agent CLI (up to "
                    + r.number("prose_timeout_s") + " s)…");
            r = call(Json.object("op", "recap", "name", name, "prose", true));
        }
        if (a.flag("--json")) {
            ctx.out().println(Json.write(r.map().get("recap")));
        } else {
            ctx.out().print(r.string(a.flag("--markdown") ? "markdown" : "text"));
        }
        return 0;
    }

    int kill(List<String> argv) {
        Args a = Args.parse(argv, Set.of(), Set.of("--rm"));
        String name = one(a, "kill");
        Fields r = call(Json.object("op", "kill", "name", name, "rm", a.flag("--rm"), "user", ctx.user()));
        ctx.out().println(name + ": " + r.string("state") + r.optNumber("exit_code").map(c -> " (exit " + c + ")").orElse(""));
        r.strings("notes").forEach(n -> ctx.out().println("  " + n));
        return 0;
    }

    int emit(List<String> argv) {
        Args a = Args.parse(argv, Set.of("--level", "--kind", "--message"), Set.of());
        String id = ctx.env().get("BATON_SESSION_ID");
        if (a.positionals().isEmpty() && id == null) {
            throw new UsageException("usage: agent emit NAME --level info|notice|action --kind KIND --message TEXT");
        }
        call(Json.object("op", "emit", "name", a.positionals().isEmpty() ? null : a.positionals().get(0),
                "session_id", id, "level", a.option("--level").orElseThrow(() -> new UsageException("emit needs --level")),
                "kind", a.option("--kind").orElseThrow(() -> new UsageException("emit needs --kind")),
                "message", a.option("--message").orElse(""), "user", ctx.user()));
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
            Fields ls = call(Json.object("op", "ls", "all", true));
            @SuppressWarnings("unchecked")
            List<Object> all = (List<Object>) ls.map().get("sessions");
            for (Object o : all) {
                events(Fields.of((Map<String, Object>) o).string("name"), 0L, false, a.flag("--json"), keep, true);
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
            c.open(Json.object("op", "events", "name", name, "follow", follow, "after", after));
            String line;
            while ((line = c.readLine()) != null) {
                Fields f = Fields.of(Json.parseObject(line));
                if (f.map().containsKey("end")) {
                    if (follow) {
                        ctx.err().println("-- " + f.string("end"));
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

    private Fields call(Map<String, Object> request) {
        return IpcClient.call(ctx.root().socket(), request);
    }

    private static String one(Args a, String command) {
        if (a.positionals().size() != 1) {
            throw new UsageException("usage: agent " + command + " NAME");
        }
        return a.positionals().get(0);
    }
}
