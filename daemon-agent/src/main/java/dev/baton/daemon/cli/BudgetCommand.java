package dev.baton.daemon.cli;

import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.SessionUsage;
import dev.baton.protocol.cli.Target;
import dev.baton.protocol.json.RecordJson;
import java.util.List;
import java.util.Optional;
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
        Optional<Long> tokens = Optional.empty();
        if (a.option("--raise-tokens").isPresent()) {
            try {
                tokens = Optional.of(Long.parseLong(a.option("--raise-tokens").get()));
            } catch (NumberFormatException e) {
                throw new UsageException("--raise-tokens takes a whole number of tokens");
            }
        }
        CliReply.BudgetState r = IpcClient.call(ctx.root().socket(), new CliRequest.Budget(
                Target.named(a.positionals().get(0)), a.option("--raise").map(s -> s.startsWith("$") ? s.substring(1) : s),
                tokens, Optional.of(ctx.user())));
        if (a.flag("--json")) {
            ctx.out().println(RecordJson.write(r));
            return 0;
        }
        r.message().ifPresent(m -> ctx.out().println(m));
        SessionUsage u = r.usage();
        ctx.out().println("spent    " + LsTable.cost(Optional.of(u)) + "  (" + LsTable.tokens(Optional.of(u))
                + " tokens, in/out)" + r.sessionUsd().map(l -> "  of $" + l).orElse(""));
        ctx.out().println("tokens   " + r.tokens() + r.sessionTokens().map(l -> " of " + l).orElse(""));
        if (r.paused()) {
            ctx.out().println("paused   by its budget; raise with: agent budget " + r.name() + " --raise 1.00");
        }
        u.note().ifPresent(n -> ctx.out().println("note     " + n));
        return 0;
    }
}
