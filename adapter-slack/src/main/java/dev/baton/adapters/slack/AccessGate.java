package dev.baton.adapters.slack;

import java.util.Set;

/** The {@code [slack] channels} and {@code users} allow-lists (empty = everyone), with the sentence for a refusal. */
final class AccessGate {
    sealed interface Decision {}

    record Allowed() implements Decision {}

    record Denied(String reason) implements Decision {}

    private final Set<String> channels;
    private final Set<String> users;

    AccessGate(Set<String> channels, Set<String> users) {
        this.channels = channels;
        this.users = users;
    }

    Decision check(String channel, String user) {
        if (!channels.isEmpty() && !channels.contains(channel)) {
            return new Denied("Baton is not enabled in this channel. Ask whoever runs it to add " + channel
                    + " to [slack] channels.");
        }
        if (!users.isEmpty() && !users.contains(user)) {
            return new Denied("You are not on this Baton's list of Slack users. Ask whoever runs it to add " + user
                    + " to [slack] users.");
        }
        return new Allowed();
    }
}
