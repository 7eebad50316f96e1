package dev.baton.hub.page;

import dev.baton.chat.ChatUser;

/** What a verified link grants: this user, this session, until {@code expiresAt} (epoch millis). */
public record PageLink(String sessionId, ChatUser user, long expiresAt) {
    public boolean expired(long now) {
        return now >= expiresAt;
    }
}
