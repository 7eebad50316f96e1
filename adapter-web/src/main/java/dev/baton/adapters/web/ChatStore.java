package dev.baton.adapters.web;

import java.util.List;
import java.util.Optional;

/**
 * The web chat's channels and messages. {@link SqliteChatStore} keeps them in {@code webchat.db};
 * {@link PostgresChatStore} in the hub's PostgreSQL database ({@code [hub] store = "postgresql"}), beside the hub's
 * own tables. Both pass {@code ChatStoreContract}. The caller owns the store and must {@link #close()} it.
 */
interface ChatStore extends AutoCloseable {
    /** The channel every store starts with. */
    String DEFAULT_CHANNEL = "general";

    List<Channel> channels();

    Optional<Channel> channel(String id);

    /** Creates the channel; false if it already existed. */
    boolean createChannel(String name);

    /** Stores a message (a top-level one is its own thread's root) and returns it as stored. */
    StoredMessage insert(NewMessage m);

    Optional<StoredMessage> message(String id);

    /** The root of thread {@code thread} in {@code channel}, if it exists there. */
    Optional<StoredMessage> root(String channel, String thread);

    /** Roots of the channel's threads that {@code viewer} may see, newest activity first. */
    List<ThreadSummary> roots(String channel, Optional<String> viewer);

    /** The root, then its replies oldest first, without whispers meant for someone else. */
    List<StoredMessage> thread(String thread, Optional<String> viewer);

    /** Replaces a message's content and marks it edited; empty if there is no such message. */
    Optional<StoredMessage> edit(String id, String text, String post);

    Optional<StoredMessage> badge(String id, String badge);

    @Override
    void close();
}
