package dev.baton.chat;

/**
 * One platform, as the hub sees it. Calls may block briefly (rate limits) but must keep order per thread.
 * Implementations live in the platform's adapter and are the only place its SDK is used.
 */
public interface ChatSurface {
    Platform platform();

    /** Posts a new message in a channel; its thread is where the conversation continues. */
    MessageRef startThread(ChannelRef channel, Post post);

    MessageRef reply(ThreadRef thread, Post post);

    /** Replaces the content of a message posted earlier (status cards are edited, never re-posted). */
    void update(MessageRef message, Post post);

    /** Marks a user's message with a short status, e.g. {@code queued #3}, then {@code delivered}. */
    void acknowledge(MessageRef userMessage, String status);

    /**
     * Answers a command where the platform expects it: in the command's thread on the web chat, an ephemeral
     * reply for a Slack slash command, the interaction's follow-up on Discord.
     */
    void answer(ChatEvent.Command command, Post post);

    /** Something only {@code user} sees (an ephemeral message or a private notice). */
    void whisper(ChatUser user, ThreadRef thread, Post post);

    /**
     * The hub has finished handling {@code command} (called once, after any {@link #answer} it made on the spot; a
     * later answer, e.g. a recap that waits for a daemon, may still follow). Platforms that acknowledge a command
     * with a placeholder (Discord's deferred "thinking…" reply) clear it here when nothing answered it.
     */
    default void commandDone(ChatEvent.Command command) {}
}
