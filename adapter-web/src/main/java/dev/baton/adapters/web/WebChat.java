package dev.baton.adapters.web;

import dev.baton.chat.ChatInbox;
import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbound;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The embedded web chat: channels and threads in a page served by the hub, stored in sqlite. The hub's
 * composition root {@link #open opens} it, {@link #connect connects} its inbound side, registers its
 * {@link #routes} on its Javalin app, and {@link #close closes} it after stopping the server. The web chat owns
 * and closes its store, its stream clients and its delivery thread.
 */
public final class WebChat implements ChatSurface, AutoCloseable {
    /** The name the hub's posts appear under. */
    public static final String BOT_NAME = "baton";

    private final ChatStore store;
    private final StreamFanout stream;
    private final ChatInbox hub;
    private final ApiRoutes api;
    private final LaunchRoutes launch;

    private WebChat(ChatStore store, AccessToken token, WebChatOptions options) {
        this.store = store;
        this.stream = new StreamFanout(options.streamBuffer(), options.heartbeat());
        this.hub = new ChatInbox("web chat", options.hubQueue(), this);
        this.launch = new LaunchRoutes(store);
        this.api = new ApiRoutes(token, store, new UserInput(store, stream, hub), stream, launch);
    }

    /** Opens (creating if needed) the chat store at {@code dbFile} (sqlite, WAL, file mode 0600). */
    public static WebChat open(Path dbFile, String token, Clock clock) {
        return open(dbFile, token, clock, WebChatOptions.DEFAULTS);
    }

    /**
     * Opens the web chat with its store in the PostgreSQL database at {@code jdbcUrl}, beside the hub's tables
     * ({@code [hub] store = "postgresql"}).
     */
    public static WebChat onPostgresql(String jdbcUrl, String token, Clock clock) {
        return new WebChat(PostgresChatStore.open(jdbcUrl, clock), new AccessToken(token), WebChatOptions.DEFAULTS);
    }

    static WebChat open(Path dbFile, String token, Clock clock, WebChatOptions options) {
        AccessToken access = new AccessToken(token);
        return new WebChat(SqliteChatStore.open(dbFile, clock), access, options);
    }

    /** Where translated events go (the hub). Set once, before serving; earlier events wait for it. */
    public void connect(ChatInbound inbound) {
        hub.connect(inbound);
    }

    /**
     * Team mode ({@code [web] accounts = true}): from now on only the personal tokens in {@code accounts} open the
     * API, and each request acts as the token's person. Call before {@link #routes}.
     */
    public void useAccounts(WebAccounts accounts) {
        api.accounts(accounts);
    }

    /** The hub's side of the "New session" dialog; until it is set the dialog's API answers 503. */
    public void launcher(dev.baton.chat.Launcher hubSide) {
        launch.connect(hubSide);
    }

    /** Registers the page ({@code GET /}), its assets, {@code /api/*} and the live stream. */
    public void routes(JavalinConfig config) {
        new PageRoutes().register(config);
        api.register(config);
    }

    @Override
    public Platform platform() {
        return Platform.WEB;
    }

    @Override
    public MessageRef startThread(ChannelRef channel, Post post) {
        String id = webId(channel);
        if (store.channel(id).isEmpty()) {
            throw new IllegalArgumentException("there is no web chat channel #" + id);
        }
        return WebUsers.message(add(new NewMessage(id, Optional.empty(), BOT_NAME, PostJson.plainText(post),
                MessageKind.BOT, Optional.of(PostJson.write(post)), Optional.empty())));
    }

    @Override
    public MessageRef reply(ThreadRef thread, Post post) {
        return WebUsers.message(add(botMessage(thread, post, Optional.empty())));
    }

    @Override
    public void update(MessageRef message, Post post) {
        StoredMessage old = existing(message);
        if (old.kind() != MessageKind.BOT) {
            throw new IllegalArgumentException("only the hub's own posts can be updated: " + message.id());
        }
        store.edit(old.id(), PostJson.plainText(post), PostJson.write(post))
                .ifPresent(m -> stream.publish(StreamFanout.UPDATED_MESSAGE, m));
    }

    @Override
    public void acknowledge(MessageRef userMessage, String status) {
        StoredMessage old = existing(userMessage);
        store.badge(old.id(), status).ifPresent(m -> stream.publish(StreamFanout.UPDATED_MESSAGE, m));
    }

    /** Answers in the thread of the command's message (a top-level command starts its own thread). */
    @Override
    public void answer(ChatEvent.Command command, Post post) {
        reply(new ThreadRef(command.channel(), command.replyTo()), post);
    }

    @Override
    public void whisper(ChatUser user, ThreadRef thread, Post post) {
        add(botMessage(thread, post, Optional.of(user.id())));
    }

    private NewMessage botMessage(ThreadRef thread, Post post, Optional<String> visibleTo) {
        String channel = webId(thread.channel());
        if (store.root(channel, thread.id()).isEmpty()) {
            throw new IllegalArgumentException("there is no web chat thread " + thread.key());
        }
        return new NewMessage(channel, Optional.of(thread.id()), BOT_NAME, PostJson.plainText(post), MessageKind.BOT,
                Optional.of(PostJson.write(post)), visibleTo);
    }

    private StoredMessage add(NewMessage message) {
        StoredMessage stored = store.insert(message);
        stream.publish(StreamFanout.NEW_MESSAGE, stored);
        return stored;
    }

    private StoredMessage existing(MessageRef ref) {
        String channel = webId(ref.thread().channel());
        return store.message(ref.id())
                .filter(m -> m.channel().equals(channel))
                .orElseThrow(() -> new IllegalArgumentException("there is no web chat message " + ref.id()
                        + " in #" + channel));
    }

    private static String webId(ChannelRef channel) {
        if (channel.platform() != Platform.WEB) {
            throw new IllegalArgumentException("not a web chat channel: " + channel.key());
        }
        return channel.id();
    }

    /** Stops delivering to the hub, disconnects stream clients, and closes the store. Idempotent. */
    @Override
    public void close() {
        hub.close();
        stream.close();
        store.close();
    }
}
