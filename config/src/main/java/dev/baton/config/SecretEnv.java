package dev.baton.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The one environment rule for processes that must not hold the bot's credentials: agents (they run commands a
 * model chose), helper runs of an agent's CLI, and the daemon that {@code baton up} starts. They keep the user's own
 * environment (PATH, HOME, model API keys, proxies); every variable that a {@code [slack]}, {@code [discord]} or
 * {@code [hub]} secret reference ({@code env:NAME}) names is removed, and so are Baton's own tokens.
 */
public final class SecretEnv {
    /** Baton's own credentials that travel by environment: the daemon's hub token ({@code baton up}, CI). */
    public static final Set<String> BATON_TOKENS = Set.of("BATON_HUB_TOKEN");

    private SecretEnv() {}

    /** The names removed for {@code config}: its secret references' variables and {@link #BATON_TOKENS}. */
    public static Set<String> names(BatonConfig config) {
        Set<String> names = new TreeSet<>(BATON_TOKENS);
        Stream<Optional<SecretRef>> refs = Stream.of(
                config.slack().map(SlackSettings::botToken),
                config.slack().flatMap(SlackSettings::signingSecret),
                config.slack().flatMap(SlackSettings::appToken),
                config.discord().map(DiscordSettings::token),
                config.hub().token(),
                config.hub().store() instanceof StoreSettings.Postgresql pg ? Optional.of(pg.url()) : Optional.empty());
        refs.flatMap(Optional::stream).map(SecretRef::envName).flatMap(Optional::stream).forEach(names::add);
        return names;
    }

    /** A copy of {@code env} without {@link #names(BatonConfig)}. */
    public static Map<String, String> without(Map<String, String> env, BatonConfig config) {
        Map<String, String> out = new HashMap<>(env);
        out.keySet().removeAll(names(config));
        return out;
    }
}
