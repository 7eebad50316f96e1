package dev.baton.hub.setup;

import dev.baton.adapters.discord.DiscordOptions;
import dev.baton.chat.Identity;
import dev.baton.config.BatonConfig;
import dev.baton.config.DiscordSettings;
import dev.baton.config.SecretRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@code [discord]} and {@code [identities.*] discord = "…"} into the Discord adapter's options: resolves the
 * token reference (a failure names the key, never a value) and maps Discord user ids to identities.
 */
public final class DiscordSetup {
    private DiscordSetup() {}

    public static Optional<DiscordOptions> options(BatonConfig config, Map<String, String> env) {
        if (config.discord().isEmpty()) {
            return Optional.empty();
        }
        DiscordSettings s = config.discord().get();
        Map<String, Identity> people = new HashMap<>();
        for (dev.baton.config.Identity i : config.identities().values()) {
            i.discord().ifPresent(id -> people.put(id, new Identity(i.displayName().orElse(i.key()), i.github(),
                    i.email())));
        }
        return Optional.of(new DiscordOptions(resolve(s.token(), env), new HashSet<>(s.guilds()),
                new HashSet<>(s.channels()), new HashSet<>(s.users()), people, s.apiUrl(),
                Optional.of(s.gatewayUrl()).filter(g -> !g.isEmpty())));
    }

    private static String resolve(SecretRef ref, Map<String, String> env) {
        String warning = ref.permissionWarning();
        if (!warning.isEmpty()) {
            System.err.println("baton: warning: " + warning);
        }
        try {
            return ref.resolve(env);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("discord.token (" + ref + "): " + e.getMessage());
        }
    }
}
