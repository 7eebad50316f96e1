package dev.baton.adapters.discord;

import java.util.Set;

/** The {@code [discord]} guilds, channels and users lists (empty channels/users = everyone), with the refusal text. */
final class AccessGate {
    sealed interface Decision {}

    record Allowed() implements Decision {}

    record Denied(String reason) implements Decision {}

    private final Set<String> guilds;
    private final Set<String> channels;
    private final Set<String> users;

    AccessGate(Set<String> guilds, Set<String> channels, Set<String> users) {
        this.guilds = guilds;
        this.channels = channels;
        this.users = users;
    }

    /** {@code channel} is the text channel a thread hangs off (the allow-list names channels, not threads). */
    Decision check(String guild, String channel, String user) {
        if (guild == null) {
            return new Denied("Baton works in a server's channels and threads, not in direct messages.");
        }
        if (!guilds.contains(guild)) {
            return new Denied("Baton is not enabled in this server. Ask whoever runs it to add " + guild
                    + " to [discord] guilds.");
        }
        if (!channels.isEmpty() && !channels.contains(channel)) {
            return new Denied("Baton is not enabled in this channel. Ask whoever runs it to add " + channel
                    + " to [discord] channels.");
        }
        if (!users.isEmpty() && !users.contains(user)) {
            return new Denied("You are not on this Baton's list of Discord users. Ask whoever runs it to add " + user
                    + " to [discord] users.");
        }
        return new Allowed();
    }
}
