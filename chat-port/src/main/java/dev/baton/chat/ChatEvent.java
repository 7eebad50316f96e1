package dev.baton.chat;

import java.util.Optional;

/** What happened on a platform, already translated at its edge. The bot's own messages never arrive here. */
public sealed interface ChatEvent {
    ChatUser user();

    /**
     * {@code /agent ...} typed in a channel or a thread. {@code text} is everything after {@code /agent}.
     * {@code replyTo} is the adapter's own handle for answering it (a message id, a response URL, an
     * interaction token); only {@link ChatSurface#answer} reads it.
     */
    record Command(ChatUser user, ChannelRef channel, Optional<ThreadRef> thread, String text, String replyTo)
            implements ChatEvent {}

    /** A plain reply in a thread (possibly a session's thread). */
    record Reply(ChatUser user, MessageRef message, String text) implements ChatEvent {}

    /** A button on one of the hub's posts was pressed. */
    record Button(ChatUser user, MessageRef message, String action, String value) implements ChatEvent {}

    /**
     * {@code user} left {@code channel} (where the platform reports it: Slack's {@code member_left_channel}). The
     * sessions they own in that channel are handed off with a recap.
     */
    record Left(ChatUser user, ChannelRef channel) implements ChatEvent {}

    /** A past message was edited or deleted; it never changes what an agent already received. */
    record Changed(ChatUser user, MessageRef message, boolean deleted) implements ChatEvent {}
}
