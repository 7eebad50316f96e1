package dev.baton.hub.launch;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatUser;
import dev.baton.chat.LaunchForm;
import dev.baton.chat.LaunchForm.Field;
import dev.baton.chat.LaunchForm.Kind;
import dev.baton.chat.LaunchForm.Option;
import dev.baton.config.ChannelSettings;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.sessions.SessionDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One launch dialog's state before its branches are known: which daemon, agent and repo are chosen (what the person
 * picked, else the channel's default, else their preferred daemon, else the first that fits) and what is wrong with
 * them. Built on the core thread; {@link #form} finishes it with the repo's branches from the daemon.
 */
record LaunchDraft(ChannelRef channel, List<Option> daemons, String daemon, List<String> agents, String agent,
                   List<String> repos, String repo, String branch, String name, String prompt, String visibility,
                   Map<String, String> errors) {
    static final List<String> VISIBILITIES = List.of("private", "shared", "channel");

    static LaunchDraft of(ChannelRef channel, ChatUser user, Map<String, String> chosen, LaunchDefaults defaults,
                          DaemonLinks links, SessionDirectory sessions, String defaultVisibility) {
        ChannelSettings ch = defaults.channel(channel);
        Map<String, String> errors = new HashMap<>();
        List<DaemonLink> online = links.all().stream().sorted(Comparator.comparing(DaemonLink::name)).toList();
        List<Option> daemonOptions = online.stream().map(l -> new Option(l.name(), label(l, sessions))).toList();
        Optional<String> wantedRepo = given(chosen, LaunchForm.REPO).or(ch::repo);
        Optional<String> daemon = given(chosen, LaunchForm.DAEMON).or(ch::daemon);
        if (daemon.isEmpty()) {
            Optional<String> preferred = defaults.preferredDaemon(user);
            if (preferred.isPresent() && !links.online(preferred.get())) {
                errors.put(LaunchForm.DAEMON, defaults.offline(preferred.get()).replace("Add --daemon NAME to start on"
                        + " one of them.", "Pick one of them here."));
            } else {
                daemon = preferred.filter(p -> LaunchDefaults.serves(links.link(p).orElseThrow(), wantedRepo))
                        .or(() -> online.stream().filter(l -> LaunchDefaults.serves(l, wantedRepo)).findFirst()
                                .or(() -> online.stream().findFirst()).map(DaemonLink::name));
            }
        }
        if (online.isEmpty()) {
            errors.put(LaunchForm.DAEMON, "No daemon is online. Start one with bin/baton up, or connect one with"
                    + " [hub] url in its config.");
        } else if (daemon.isPresent() && !links.online(daemon.get())) {
            errors.put(LaunchForm.DAEMON, links.registered().contains(daemon.get()) ? "Daemon " + daemon.get()
                    + " is offline; pick one that is online." : "There is no daemon named " + daemon.get() + ".");
        }
        Optional<DaemonLink> link = daemon.flatMap(links::link);
        List<String> agents = link.map(DaemonLink::agents).orElse(List.of());
        List<String> repos = link.map(l -> l.hello().repos()).orElse(List.of());
        String agent = given(chosen, LaunchForm.AGENT).or(ch::agent)
                .orElse(agents.contains("claude") ? "claude" : agents.isEmpty() ? "" : agents.get(0));
        if (link.isPresent() && !agents.contains(agent)) {
            errors.put(LaunchForm.AGENT, "Daemon " + link.get().name() + " cannot spawn agent '" + agent + "'.");
        }
        String repo = wantedRepo.map(w -> repos.stream().filter(r -> r.equals(w) || Path.of(r).getFileName().toString()
                .equals(w)).findFirst().orElse(w)).orElse(repos.isEmpty() ? "" : repos.get(0));
        if (link.isPresent() && !repos.contains(repo)) {
            errors.put(LaunchForm.REPO, repos.isEmpty() ? "Daemon " + link.get().name() + " serves no repos."
                    : "Daemon " + link.get().name() + " does not serve repo '" + repo + "'.");
        }
        String visibility = given(chosen, LaunchForm.VISIBILITY).orElse(defaultVisibility);
        if (!VISIBILITIES.contains(visibility)) {
            errors.put(LaunchForm.VISIBILITY, "Pick private, shared or channel.");
        }
        return new LaunchDraft(channel, daemonOptions, daemon.orElse(""), agents, agent, repos, repo,
                given(chosen, LaunchForm.BRANCH).or(ch::branch).orElse(""), given(chosen, LaunchForm.NAME).orElse(""),
                chosen.getOrDefault(LaunchForm.PROMPT, ""), visibility, errors);
    }

    /** Whether the daemon and repo are settled, so the repo's branches can be asked for. */
    boolean canListBranches() {
        return !daemon.isEmpty() && !repo.isEmpty() && !errors.containsKey(LaunchForm.DAEMON)
                && !errors.containsKey(LaunchForm.REPO);
    }

    /** The form, with {@code branches} (empty when unknown: then the branch is typed) and {@code more} errors. */
    LaunchForm form(List<String> branches, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(errors);
        more.forEach(all::putIfAbsent);
        String chosenBranch = branch.isEmpty() && !branches.isEmpty() ? branches.get(0) : branch;
        List<Field> fields = new ArrayList<>();
        fields.add(select(LaunchForm.DAEMON, "Daemon", daemon, daemons, all));
        fields.add(select(LaunchForm.AGENT, "Agent", agent, options(agents), all));
        fields.add(select(LaunchForm.REPO, "Repo", repo, repos.stream().map(r -> new Option(r, Path.of(r).getFileName()
                + " (" + r + ")")).toList(), all));
        fields.add(branches.isEmpty()
                ? new Field(LaunchForm.BRANCH, "Base branch", Kind.TEXT, true, chosenBranch, List.of(),
                        Optional.ofNullable(all.get(LaunchForm.BRANCH)))
                : select(LaunchForm.BRANCH, "Base branch", chosenBranch, options(branches), all));
        fields.add(new Field(LaunchForm.NAME, "Name (optional)", Kind.TEXT, true, name, List.of(),
                Optional.ofNullable(all.get(LaunchForm.NAME))));
        fields.add(new Field(LaunchForm.PROMPT, "Prompt", Kind.MULTILINE, false, prompt, List.of(),
                Optional.ofNullable(all.get(LaunchForm.PROMPT))));
        fields.add(select(LaunchForm.VISIBILITY, "Visibility", visibility, options(VISIBILITIES), all));
        return new LaunchForm(channel, fields);
    }

    private static Field select(String key, String label, String value, List<Option> options, Map<String, String> errors) {
        return new Field(key, label, Kind.SELECT, false, value, options, Optional.ofNullable(errors.get(key)));
    }

    private static List<Option> options(List<String> values) {
        return values.stream().map(v -> new Option(v, v)).toList();
    }

    /** {@code ana-laptop — ana.local, 2 running of 4}: its host and its load. */
    private static String label(DaemonLink l, SessionDirectory sessions) {
        long running = sessions.onDaemon(l.name()).stream().filter(s -> !s.ended()).count();
        return l.name() + " — " + (l.hello().host().isBlank() ? "" : l.hello().host() + ", ") + running + " running of "
                + l.hello().capacity();
    }

    private static Optional<String> given(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
