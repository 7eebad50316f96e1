package dev.baton.hub.daemons;

import dev.baton.hub.commands.AgentCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the daemon for {@code /agent run}: one that is online, serves the repo and can spawn the agent; or
 * the one named with {@code --daemon}. Refusals say what would work instead.
 */
public final class DaemonChooser {
    public record Choice(DaemonLink daemon, String agent, String repo) {}

    public sealed interface Outcome {}

    public record Chosen(Choice choice) implements Outcome {}

    public record Refused(String reason) implements Outcome {}

    private final DaemonLinks links;

    public DaemonChooser(DaemonLinks links) {
        this.links = links;
    }

    public Outcome choose(AgentCommand.Run run) {
        List<DaemonLink> candidates = new ArrayList<>();
        if (run.daemon().isPresent()) {
            Optional<DaemonLink> link = links.link(run.daemon().get());
            if (link.isEmpty()) {
                return new Refused(links.registered().contains(run.daemon().get())
                        ? "Daemon " + run.daemon().get() + " is offline." : "There is no daemon named " + run.daemon().get()
                        + ". See /agent daemons.");
            }
            candidates.add(link.get());
        } else {
            candidates.addAll(links.all());
        }
        if (candidates.isEmpty()) {
            return new Refused("No daemon is connected. Start one with bin/baton up, or connect one with [hub] url in its config.");
        }
        String firstProblem = null;
        for (DaemonLink link : candidates) {
            String agent = run.agent().orElseGet(() -> link.agents().contains("claude") ? "claude"
                    : link.agents().isEmpty() ? "" : link.agents().get(0));
            if (!link.agents().contains(agent)) {
                firstProblem = firstProblem != null ? firstProblem : "Daemon " + link.name() + " cannot spawn agent '"
                        + agent + "' (it offers: " + String.join(", ", link.agents()) + ").";
                continue;
            }
            Optional<String> repo = repo(link, run.repo());
            if (repo.isEmpty()) {
                List<String> repos = link.hello().repos();
                firstProblem = firstProblem != null ? firstProblem : repos.isEmpty()
                        ? "Daemon " + link.name() + " serves no repos (list them in [daemon] repos of its config)."
                        : run.repo().map(r -> "Daemon " + link.name() + " does not serve repo '" + r + "'")
                                .orElse("Which repo? Add --repo with one of") + ": " + String.join(", ", repos) + ".";
                continue;
            }
            return new Chosen(new Choice(link, agent, repo.get()));
        }
        return new Refused(firstProblem);
    }

    /** The daemon's repo matching {@code wanted} by full path or folder name; the only repo when none is given. */
    private static Optional<String> repo(DaemonLink link, Optional<String> wanted) {
        List<String> repos = link.hello().repos();
        if (wanted.isEmpty()) {
            return repos.size() == 1 ? Optional.of(repos.get(0)) : Optional.empty();
        }
        String w = wanted.get();
        return repos.stream().filter(r -> r.equals(w) || Path.of(r).getFileName().toString().equals(w)).findFirst();
    }
}
