package dev.baton.daemon.cli;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code agent budget NAME [--raise DOLLARS | --raise-tokens N] [--json]}: what the session spent against its
 * {@code [budgets]}, and a raise (recorded with who raised it; a paused session resumes once under its limits).
 */
final class BudgetCommand {
    private final AgentCli.Context ctx;

    BudgetCommand(AgentCli.Context ctx) {
        this.ctx = ctx;
    }

    int budget(List<String> argv) {
        Args a = Args.parse(argv, Set.of("--raise", "--raise-tokens"), Set.of("--json"));
        if (a.positionals().size() != 1) {
            throw new UsageException("usage: agent budget NAME [--raise DOLLARS | --raise-tokens N] [--json]");
        }
        Long tokens = null;
        if (a.option("--raise-tokens").isPresent()) {
            try {
                tokens = Long.parseLong(a.option("--raise-tokens").get());
            } catch (NumberFormatException e) {
                throw new UsageException("--raise-tokens takes a whole number of tokens");
            }
        }
        Map<String, Object> request = Json.object("op", "budget", "name", a.positionals().get(0), "user", ctx.user(),
                "raise_usd", a.option("--raise").map(s -> s.startsWith("$") ? s.substring(1) : s).orElse(null),
                "raise_tokens", tokens);
        Fields r = IpcClient.call(ctx.root().socket(), request);
        if (a.flag("--json")) {
            ctx.out().println(Json.write(r.map()));
            return 0;
        }
        r.optString("message").ifPresent(m -> ctx.out().println(m));
        Fields u = r.object("usage");
        ctx.out().println("spent    " + LsTable.cost(u) + "  (" + LsTable.tokens(u) + " tokens, in/out)"
                + r.optString("session_usd").map(l -> "  of $" + l).orElse(""));
        ctx.out().println("tokens   " + r.number("tokens") + r.optNumber("session_tokens").map(l -> " of " + l).orElse(""));
        if (r.flag("paused")) {
            ctx.out().println("paused   by its budget; raise with: agent budget " + r.string("name") + " --raise 1.00");
        }
        u.optString("note").ifPresent(n -> ctx.out().println("note     " + n));
        return 0;
    }
}
