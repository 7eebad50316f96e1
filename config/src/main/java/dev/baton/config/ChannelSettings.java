package dev.baton.config;

import java.util.Optional;

/**
 * {@code [channels."<platform>:<id>"]}: what a channel defaults to. {@code key} is the channel's key
 * ({@code slack:C024BE91L}, {@code discord:1234}, {@code web:general}); {@code repo}, {@code agent}, {@code daemon}
 * and {@code branch} fill in what {@code /agent run} (or the launch dialog) leaves out, so
 * {@code /agent run fix the flaky test} in #billing starts on the billing repo. Flags typed with the command win.
 * {@code detail} is how much of the agent's side the channel's session threads show: {@code quiet}, {@code normal}
 * (the default) or {@code verbose}.
 */
public record ChannelSettings(String key, Optional<String> repo, Optional<String> agent, Optional<String> daemon,
                              Optional<String> branch, String detail) {
    public static final java.util.Set<String> DETAILS = java.util.Set.of("quiet", "normal", "verbose");

    /** Without a {@code detail}: {@code normal}. */
    public ChannelSettings(String key, Optional<String> repo, Optional<String> agent, Optional<String> daemon,
                           Optional<String> branch) {
        this(key, repo, agent, daemon, branch, "normal");
    }

    public static ChannelSettings none(String key) {
        return new ChannelSettings(key, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
