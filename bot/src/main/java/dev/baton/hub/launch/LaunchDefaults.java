package dev.baton.hub.launch;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatUser;
import dev.baton.config.ChannelSettings;
import dev.baton.config.Identity;
import dev.baton.hub.access.Identities;
import dev.baton.hub.commands.AgentCommand;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.daemons.DaemonLinks;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fills in what a launch leaves out, in this order (docs/config.md): what the command (or dialog) says; the channel's
 * {@code [channels."<platform>:<id>"]} default; for the daemon, the person's preferred one ({@code [identities.NAME]
 * daemon}) when it is online and serves the repo; then the daemon chooser (the only or first online daemon with the
 * repo). A preferred daemon that is offline is never passed over silently: the launch is refused with the others.
 */
public final class LaunchDefaults {
    public sealed interface Outcome {}

    /** The run with its gaps filled. */
    public record Resolved(AgentCommand.Run run) implements Outcome {}

    /** Why it cannot go ahead as asked, and what would work. */
    public record Refused(String reason) implements Outcome {}

    private final Map<String, ChannelSettings> channels;
    private final Identities identities;
    private final DaemonLinks daemons;

    public LaunchDefaults(Map<String, ChannelSettings> channels, Identities identities, DaemonLinks daemons) {
        this.channels = Map.copyOf(channels);
        this.identities = identities;
        this.daemons = daemons;
    }

    /** The defaults of a channel (empty ones when it has no table). */
    public ChannelSettings channel(ChannelRef channel) {
        return channels.getOrDefault(channel.key(), ChannelSettings.none(channel.key()));
    }

    /** The person's preferred daemon, if their identity names one. */
    public Optional<String> preferredDaemon(ChatUser user) {
        return identities.identity(user.key()).flatMap(Identity::daemon);
    }

    public Outcome resolve(AgentCommand.Run run, ChannelRef where, ChatUser who) {
        ChannelSettings ch = channel(where);
        Optional<String> repo = run.repo().or(ch::repo);
        Optional<String> daemon = run.daemon().or(ch::daemon);
        if (daemon.isEmpty()) {
            Optional<String> preferred = preferredDaemon(who);
            if (preferred.isPresent()) {
                if (!daemons.online(preferred.get())) {
                    return new Refused(offline(preferred.get()));
                }
                if (serves(daemons.link(preferred.get()).orElseThrow(), repo)) {
                    daemon = preferred;
                }
            }
        }
        return new Resolved(new AgentCommand.Run(run.agent().or(ch::agent), repo, run.branch().or(ch::branch), daemon,
                run.name(), run.prompt()));
    }

    /** "Your preferred daemon X is offline", with the daemons that are online and how to pick one. */
    public String offline(String preferred) {
        String others = daemons.all().stream().filter(l -> !l.name().equals(preferred))
                .map(l -> l.name() + (l.hello().host().isBlank() ? "" : " (" + l.hello().host() + ")"))
                .sorted().collect(Collectors.joining(", "));
        return "Your preferred daemon " + preferred + " is offline. " + (others.isEmpty()
                ? "No other daemon is connected; start it again, or connect another."
                : "Online: " + others + ". Add --daemon NAME to start on one of them.");
    }

    /** Whether the link serves {@code repo} (by path or folder name); any daemon does when no repo is asked. */
    static boolean serves(DaemonLink link, Optional<String> repo) {
        return repo.isEmpty() || link.hello().repos().stream()
                .anyMatch(r -> r.equals(repo.get()) || Path.of(r).getFileName().toString().equals(repo.get()));
    }
}
