package dev.baton.config;

import java.util.Optional;

/**
 * {@code [channels."<platform>:<id>"]}: what a channel defaults to. {@code key} is the channel's key
 * ({@code slack:C024BE91L}, {@code discord:1234}, {@code web:general}); {@code repo}, {@code agent}, {@code daemon}
 * and {@code branch} fill in what {@code /agent run} (or the launch dialog) leaves out, so
 * {@code /agent run fix the flaky test} in #billing starts on the billing repo. Flags typed with the command win.
 */
public record ChannelSettings(String key, Optional<String> repo, Optional<String> agent, Optional<String> daemon,
                              Optional<String> branch) {
    public static ChannelSettings none(String key) {
        return new ChannelSettings(key, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
