package dev.baton.hub.access;

import java.util.List;
import java.util.Optional;

/**
 * A session's visibility, its named shares, and its mirror threads (their channels count as the session's channel
 * too: see {@code /agent mirror}).
 */
public record SessionAccess(Visibility visibility, List<Share> shares, List<String> mirrorThreads) {
    /** {@code user} (a key such as {@code web:bob}) may act in {@code role}. */
    public record Share(String userKey, String userName, Role role) {}

    public SessionAccess {
        shares = List.copyOf(shares);
        mirrorThreads = List.copyOf(mirrorThreads);
    }

    public SessionAccess(Visibility visibility, List<Share> shares) {
        this(visibility, shares, List.of());
    }

    public Optional<Share> shareOf(String userKey) {
        return shares.stream().filter(s -> s.userKey().equals(userKey)).findFirst();
    }
}
