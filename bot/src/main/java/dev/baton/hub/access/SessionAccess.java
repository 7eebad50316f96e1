package dev.baton.hub.access;

import java.util.List;
import java.util.Optional;

/** A session's visibility and its named shares. */
public record SessionAccess(Visibility visibility, List<Share> shares) {
    /** {@code user} (a key such as {@code web:bob}) may act in {@code role}. */
    public record Share(String userKey, String userName, Role role) {}

    public SessionAccess {
        shares = List.copyOf(shares);
    }

    public Optional<Share> shareOf(String userKey) {
        return shares.stream().filter(s -> s.userKey().equals(userKey)).findFirst();
    }
}
