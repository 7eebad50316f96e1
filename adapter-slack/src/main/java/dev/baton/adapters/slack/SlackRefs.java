package dev.baton.adapters.slack;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;

/** Slack ids on the neutral port: a channel id, a thread's root ts, a message's ts. */
final class SlackRefs {
    private SlackRefs() {}

    static ChannelRef channel(String id) {
        return new ChannelRef(Platform.SLACK, id);
    }

    static ThreadRef thread(String channel, String rootTs) {
        return new ThreadRef(channel(channel), rootTs);
    }

    static MessageRef message(String channel, String rootTs, String ts) {
        return new MessageRef(thread(channel, rootTs), ts);
    }

    static String channelId(ChannelRef channel) {
        if (channel.platform() != Platform.SLACK) {
            throw new IllegalArgumentException("not a Slack channel: " + channel.key());
        }
        return channel.id();
    }
}
