package dev.baton.adapters.slack;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One call to Slack waiting in a channel's outbox. {@code ts} may be a pending handle (see {@link ChannelOutbox}):
 * a reply's timestamp is only known once it is posted, and the outbox resolves it before a later edit runs.
 */
sealed interface Outbound {

    /** {@code chat.postMessage}; {@code handle} names it for later edits, {@code posted} gets its ts. */
    record PostMessage(String channel, Optional<String> threadTs, Rendered message, Optional<String> handle,
                       CompletableFuture<String> posted) implements Outbound {}

    /** {@code chat.update}; a newer update of the same message replaces a queued one (only the latest matters). */
    record Update(String channel, String ts, Rendered message) implements Outbound {}

    /** {@code chat.postEphemeral}: only {@code user} sees it. */
    record Ephemeral(String channel, String user, Optional<String> threadTs, Rendered message) implements Outbound {}

    /** {@code reactions.add} or {@code reactions.remove} on a message. */
    record Reaction(String channel, String ts, String name, boolean add) implements Outbound {}

    /** An ephemeral answer to a slash command through its {@code response_url}. */
    record Respond(String channel, String responseUrl, Rendered message) implements Outbound {}

    String channel();

    /** Whether Slack's ~1 message per second per channel applies. */
    default boolean paced() {
        return this instanceof PostMessage || this instanceof Ephemeral;
    }
}
