package dev.baton.adapters.discord;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Identity;
import dev.baton.chat.Platform;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;

/**
 * Maps a Discord user to a Baton identity: the configured {@code [identities.*] discord = "id"} when there is one,
 * else the server nickname or global name Discord sent with the event (no extra lookup). Thread-safe (immutable).
 */
final class DiscordUsers {
    private final Map<String, Identity> configured;

    DiscordUsers(Map<String, Identity> configured) {
        this.configured = configured;
    }

    ChatUser user(User user, Member member) {
        String fallback = member != null ? member.getEffectiveName() : user.getEffectiveName();
        return new ChatUser(Platform.DISCORD, user.getId(), name(user.getId(), fallback));
    }

    String name(String id, String fallback) {
        return Optional.ofNullable(configured.get(id)).map(Identity::name).orElse(fallback);
    }

    Identity identity(String id, String fallback) {
        return Optional.ofNullable(configured.get(id)).orElse(Identity.named(fallback));
    }
}
