package dev.baton.hub.sessions;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link Detail} of each channel: what {@code [channels."<platform>:<id>"] detail} configured, changed by
 * {@code /agent detail}; {@code normal} for any other channel. A change lasts until the hub restarts. Core thread.
 */
public final class ChannelDetails {
    private final Map<String, Detail> configured;
    private final Map<String, Detail> set = new HashMap<>();

    /** {@code configured}: channel key ({@code slack:C123}) → its detail from the config. */
    public ChannelDetails(Map<String, Detail> configured) {
        this.configured = Map.copyOf(configured);
    }

    /** From {@code [channels."<platform>:<id>"] detail}. */
    public static ChannelDetails from(Map<String, dev.baton.config.ChannelSettings> channels) {
        Map<String, Detail> out = new HashMap<>();
        channels.forEach((k, v) -> Detail.parse(v.detail()).ifPresent(d -> out.put(k, d)));
        return new ChannelDetails(out);
    }

    public Detail of(String channelKey) {
        return set.getOrDefault(channelKey, configured.getOrDefault(channelKey, Detail.NORMAL));
    }

    public void set(String channelKey, Detail detail) {
        set.put(channelKey, detail);
    }
}
