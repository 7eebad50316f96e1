package dev.baton.daemon;

import dev.baton.config.BatonConfig;
import dev.baton.config.ConfigException;
import dev.baton.config.ConfigLoader;
import dev.baton.config.RuntimeRoot;
import java.util.Map;

/**
 * The daemon's config, read one way: by {@link DaemonMain} at start, and by {@code agent daemon restart} before it
 * stops anything (as {@code nginx -t} before a reload), so a config the new daemon would refuse never costs the
 * running one.
 */
public final class DaemonConfig {
    private DaemonConfig() {}

    /** Loads and validates {@code config.toml}; throws {@link ConfigException} naming the file and key. */
    public static BatonConfig load(RuntimeRoot root) {
        return ConfigLoader.load(root.config(), Uid.hostName());
    }

    /**
     * Everything a daemon started with {@code env} checks before it serves: the config, and the hub token when a hub
     * is configured. Throws {@link ConfigException} or {@link DaemonException} with the message the daemon would print.
     */
    public static BatonConfig check(RuntimeRoot root, Map<String, String> env) {
        BatonConfig config = load(root);
        if (HubConnection.url(config, env).isPresent()) {
            HubConnection.token(config, env);
        }
        return config;
    }
}
