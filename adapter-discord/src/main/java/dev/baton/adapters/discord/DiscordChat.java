package dev.baton.adapters.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbound;
import dev.baton.chat.ChatInbox;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.ConnectionListener;
import dev.baton.chat.ConnectionStatus;
import dev.baton.chat.Identity;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.Reconnector;
import dev.baton.chat.ThreadRef;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord as a chat surface, on JDA. The hub's composition root {@link #open opens} it, {@link #connect connects}
 * its inbound side, {@link #start starts} it (logs in, waits for READY, registers {@code /agent} in each configured
 * guild; fails with a clear message when the token is refused or the Message Content intent is not granted, and
 * keeps trying in the background while Discord cannot be reached) and {@link #close closes} it. It owns and closes
 * the JDA client, its lanes and the reconnector. Each session is a thread created from its status message (the
 * thread shares the message's id). docs/discord.md describes the behaviour; no JDA type leaves this package.
 */
public final class DiscordChat implements ChatSurface, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordChat.class);

    private final DiscordUsers users;
    private final Interactions interactions;
    private final ChatInbox inbound;
    private final Lanes lanes;
    private final DiscordRenderer renderer = new DiscordRenderer();
    private final Handles handles = new Handles(Ticker.systemTicker());
    private final AtomicLong handleCount = new AtomicLong();
    private final Connection connection;
    private final DiscordLaunch launch = new DiscordLaunch();
    private final Reconnector reconnector;

    private DiscordChat(DiscordOptions options, Clock clock) {
        this.users = new DiscordUsers(options.identities());
        this.interactions = new Interactions(Ticker.systemTicker());
        this.inbound = new ChatInbox("discord", options.tuning().inboundCapacity(), this);
        this.lanes = new Lanes(options.tuning().laneCapacity(), options.tuning().callDeadline());
        DiscordIntake intake = new DiscordIntake(new AccessGate(options.guilds(), options.channels(), options.users()),
                inbound, users, interactions, launch);
        this.reconnector = new Reconnector(Platform.DISCORD, this::connectOnce, options.tuning().reconnect(),
                clock, Reconnector.Scheduler.thread("discord-reconnect"));
        this.connection = new Connection(options, intake, reconnector);
    }

    /** Prepares the adapter; nothing connects until {@link #start}. */
    public static DiscordChat open(DiscordOptions options, Clock clock) {
        return new DiscordChat(options, clock);
    }

    /** The hub's side of the launch modal ({@code /agent new}); until set, the modal cannot open. */
    public void launcher(dev.baton.chat.Launcher hubSide) {
        launch.connect(hubSide);
    }

    /** Where translated events go (the hub). Set once, before starting; earlier events wait for it. */
    public void connect(ChatInbound hub) {
        inbound.connect(hub);
    }

    /**
     * Logs in, waits for READY (bounded) and registers {@code /agent} in every configured guild. A refused token, a
     * missing intent or a guild the bot is not in throws; an unreachable Discord is retried in the background (the
     * returned status says so). Idempotent.
     */
    public ConnectionStatus start() {
        ConnectionStatus s = reconnector.start();
        if (s instanceof ConnectionStatus.Refused r) {
            throw new DiscordException(r.reason());
        }
        return s;
    }

    private Reconnector.Outcome connectOnce() {
        return connection.connectOnce();
    }

    /** Whether Discord is reached now. */
    public ConnectionStatus status() {
        return reconnector.status();
    }

    /** Tells {@code listener} the status now and at every attempt from now on. */
    public void watch(ConnectionListener listener) {
        reconnector.watch(listener);
    }

    /** The Baton identity behind a Discord user: the configured one, else the name Discord showed. */
    public Identity identity(ChatUser user) {
        return users.identity(user.id(), user.name());
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    /** Posts in the channel, then opens a thread from that message; the thread's id is the message's. */
    @Override
    public MessageRef startThread(ChannelRef channel, Post post) {
        List<MessageCreateData> parts = renderer.render(post);
        return lanes.call(channel.id(), () -> {
            GuildMessageChannel c = client().getChannelById(GuildMessageChannel.class, channel.id());
            if (c == null) {
                throw new DiscordException("channel " + channel.id() + " is unknown to the bot (is it in that server,"
                        + " and may it view the channel?)");
            }
            Message first = c.sendMessage(parts.get(0)).complete();
            // a week, Discord's longest: an archived thread leaves JDA's cache and the session's thread goes quiet
            ThreadChannel thread = first.createThreadChannel(DiscordRenderer.threadName(post))
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK).complete();
            for (MessageCreateData more : parts.subList(1, parts.size())) {
                thread.sendMessage(more).complete();
            }
            return new MessageRef(new ThreadRef(channel, thread.getId()), first.getId());
        });
    }

    /**
     * Queued in the thread's lane; the hub gets a pending handle ({@code p:<n>}) at once, so a slow or rate-limited
     * thread never holds up the hub. The lane records the handle's real message id when the post succeeds, and a
     * later edit naming the handle (queued behind it) runs against the real message.
     */
    @Override
    public MessageRef reply(ThreadRef thread, Post post) {
        List<MessageCreateData> parts = renderer.render(post);
        String handle = "p:" + handleCount.incrementAndGet();
        lanes.submit(thread.id(), () -> {
            MessageChannel c = threadChannel(thread);
            boolean first = true;
            for (MessageCreateData part : parts) {
                String id = c.sendMessage(part).complete().getId();
                if (first) {
                    handles.put(handle, id);
                    first = false;
                }
            }
        });
        return new MessageRef(thread, handle);
    }

    @Override
    public void update(MessageRef message, Post post) {
        var edit = renderer.edit(post);
        lanes.submit(message.thread().id(), () -> {
            String id = handles.resolve(message.id());
            channelOf(message.thread(), id).editMessageById(id, edit).complete();
        });
    }

    /** A reaction on the person's message (⏳ queued, ✅ delivered, 💬 otherwise): no extra message in the thread. */
    @Override
    public void acknowledge(MessageRef userMessage, String status) {
        lanes.submit(userMessage.thread().id(), () -> {
            MessageChannel c = threadChannel(userMessage.thread());
            for (Reaction r : Reaction.of(status)) {
                if (r.add()) {
                    c.addReactionById(userMessage.id(), r.emoji()).complete();
                } else {
                    c.removeReactionById(userMessage.id(), r.emoji()).complete();
                }
            }
        });
    }

    /** Replaces the command's ephemeral "thinking…" reply; later answers are ephemeral follow-ups. */
    @Override
    public void answer(ChatEvent.Command command, Post post) {
        List<MessageCreateData> parts = renderer.render(post);
        String lane = command.thread().map(ThreadRef::id).orElse(command.channel().id());
        lanes.submit(lane, () -> {
            var deferred = interactions.command(command.replyTo());
            if (deferred.isEmpty()) {
                log.debug("command {} answered in the channel: its interaction expired", command.replyTo());
                MessageChannel c = command.thread().isPresent() ? threadChannel(command.thread().get())
                        : client().getChannelById(GuildMessageChannel.class, command.channel().id());
                parts.forEach(p -> c.sendMessage(p).complete());
                return;
            }
            var d = deferred.get();
            for (MessageCreateData part : parts) {
                if (!d.answered) {
                    d.hook.editOriginal(net.dv8tion.jda.api.utils.messages.MessageEditData.fromCreateData(part))
                            .complete();
                    d.answered = true;
                } else {
                    d.hook.sendMessage(part).setEphemeral(true).complete();
                }
            }
        });
    }

    /** An ephemeral follow-up on the user's latest interaction in the thread, else a reply that mentions them. */
    @Override
    public void whisper(ChatUser user, ThreadRef thread, Post post) {
        List<MessageCreateData> parts = renderer.render(post);
        lanes.submit(thread.id(), () -> {
            var recent = interactions.press(user.id(), thread.key());
            if (recent.isPresent()) {
                parts.forEach(p -> recent.get().hook.sendMessage(p).setEphemeral(true).complete());
            } else {
                MessageChannel c = threadChannel(thread);
                c.sendMessage("<@" + user.id() + ">").complete();
                parts.forEach(p -> c.sendMessage(p).complete());
            }
        });
    }

    /** Removes the "thinking…" placeholder of a command nobody answered (its effect shows in the channel). */
    @Override
    public void commandDone(ChatEvent.Command command) {
        String lane = command.thread().map(ThreadRef::id).orElse(command.channel().id());
        lanes.submit(lane, () -> interactions.command(command.replyTo()).filter(d -> !d.answered).ifPresent(d -> {
            d.hook.deleteOriginal().complete();
            d.answered = true;
        }));
    }

    private JDA client() {
        return connection.client();
    }

    private MessageChannel threadChannel(ThreadRef thread) {
        ThreadChannel t = client().getThreadChannelById(thread.id());
        if (t == null) {
            throw new DiscordException("thread " + thread.id() + " is unknown to the bot (archived or deleted?)");
        }
        return t;
    }

    /** A status card lives in the channel (its id is the thread's); everything else in the thread. */
    private MessageChannel channelOf(ThreadRef thread, String messageId) {
        if (messageId.equals(thread.id())) {
            GuildMessageChannel c = client().getChannelById(GuildMessageChannel.class, thread.channel().id());
            if (c == null) {
                throw new DiscordException("channel " + thread.channel().id() + " is unknown to the bot");
            }
            return c;
        }
        return threadChannel(thread);
    }

    /** Stops delivery to the hub and new calls, then shuts JDA down (queued calls get a moment). Idempotent. */
    @Override
    public void close() {
        reconnector.close();
        inbound.close();
        lanes.close();
        connection.close();
    }
}
