package dev.baton.hub.setup;

import dev.baton.adapters.slack.SlackOptions;
import dev.baton.chat.Identity;
import dev.baton.config.BatonConfig;
import dev.baton.config.SecretRef;
import dev.baton.config.SlackSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@code [slack]} and {@code [identities.*]} into the Slack adapter's options: resolves the secret
 * references (a failure names the key, never a value) and maps Slack user ids to identities.
 */
public final class SlackSetup {
    private SlackSetup() {}

    public static Optional<SlackOptions> options(BatonConfig config, Path dir, Map<String, String> env) {
        if (config.slack().isEmpty()) {
            return Optional.empty();
        }
        SlackSettings s = config.slack().get();
        Map<String, Identity> people = new HashMap<>();
        for (dev.baton.config.Identity i : config.identities().values()) {
            i.slack().ifPresent(id -> people.put(id, new Identity(i.displayName().orElse(i.key()), i.github(), i.email())));
        }
        return Optional.of(new SlackOptions(resolve(s.botToken(), "slack.bot_token", env),
                s.socketMode() ? Optional.empty() : s.signingSecret().map(r -> resolve(r, "slack.signing_secret", env)),
                s.appToken().map(r -> resolve(r, "slack.app_token", env)), s.apiUrl(), new HashSet<>(s.channels()),
                new HashSet<>(s.users()), people, dir.resolve("slack.db")));
    }

    private static String resolve(SecretRef ref, String key, Map<String, String> env) {
        String warning = ref.permissionWarning();
        if (!warning.isEmpty()) {
            System.err.println("baton: warning: " + warning);
        }
        try {
            return ref.resolve(env);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(key + " (" + ref + "): " + e.getMessage());
        }
    }
}
