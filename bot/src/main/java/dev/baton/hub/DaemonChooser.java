package dev.baton.hub;

import dev.baton.hub.commands.AgentCommand;
import dev.baton.hub.daemons.DaemonLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the daemon for {@code /agent run}: one that is online, serves the repo and can spawn the agent; or
 * the one named with {@code --daemon}. Refusals say what would work instead.
 */
final class DaemonChooser {
    record Choice(DaemonLink daemon, String agent, String repo) {}

    sealed interface Outcome {}

    record Chosen(Choice choice) implements Outcome {}

    record Refused(String reason) implements Outcome {}

    private final HubState state;

    DaemonChooser(HubState state) {
        this.state = state;
    }

    Outcome choose(AgentCommand.Run run) {
        List<DaemonLink> candidates = new ArrayList<>();
        if (run.daemon().isPresent()) {
            DaemonLink link = state.online.get(run.daemon().get());
            if (link == null) {
                return new Refused(state.store.daemonNames().contains(run.daemon().get())
                        ? "Daemon " + run.daemon().get() + " is offline." : "There is no daemon named " + run.daemon().get()
                        + ". See /agent daemons.");
            }
            candidates.add(link);
        } else {
            candidates.addAll(state.online.values());
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
