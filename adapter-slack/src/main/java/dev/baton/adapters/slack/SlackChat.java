package dev.baton.adapters.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbound;
import dev.baton.chat.ChatInbox;
import dev.baton.chat.ConnectionListener;
import dev.baton.chat.ConnectionStatus;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Identity;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.Reconnector;
import dev.baton.chat.ThreadRef;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack as a chat surface, on Bolt for Java. The hub's composition root {@link #open opens} it, {@link #connect
 * connects} its inbound side, registers its {@link #routes} (HTTP mode: {@code POST /slack/events}) on its Javalin
 * app, {@link #start starts} it (Socket Mode: dials Slack), and {@link #close closes} it after stopping the server.
 * A Slack that cannot be reached at start is tried again in the background ({@link Reconnector}); a refused token
 * fails {@link #start}. It owns and closes the Bolt app, the Socket Mode connection, the per-channel outboxes, the
 * event store and the reconnector.
 * docs/slack.md describes the behaviour; no Slack SDK type leaves this package.
 */
public final class SlackChat implements ChatSurface, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackChat.class);

    private final SlackOptions options;
    private final Slack slack;
    private final App app;
    private final SqliteSeenEvents seen;
    private final SlackUserDirectory users;
    private final Outboxes outboxes;
    private final ChatInbox inbound;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final AtomicLong handles = new AtomicLong();
    private final SlackLaunch launch;
    private boolean closed;
    private final SlackConnection connection;
    private final Reconnector reconnector;

    private SlackChat(SlackOptions options, Clock clock) {
        this.options = options;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(options.apiUrl());
        config.setPrettyResponseLoggingEnabled(false);
        // no per-team call statistics: they are for methodsAsync's rate limiter, which Baton does not use, and
        // after a failed call they look the team up with an extra auth.test that logs a stack trace while offline
        config.setStatsEnabled(false);
        config.getMethodsConfig().setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
        SlackWebApi api = new SlackWebApi(slack, options.botToken());
        this.seen = SqliteSeenEvents.open(options.eventsDb(), clock, options.tuning().dedupeTtl());
        this.users = new SlackUserDirectory(api.methods(), options.identities(), Ticker.systemTicker());
        this.outboxes = new Outboxes(api, options.tuning().postInterval(), options.tuning().outboxCapacity());
        this.inbound = new ChatInbox("slack", options.tuning().inboundCapacity(), this);
        AppConfig.AppConfigBuilder app = AppConfig.builder().slack(slack).singleTeamBotToken(options.botToken())
                .subtypedMessageEventsAutoAckEnabled(true);
        options.signingSecret().filter(s -> !options.socketMode()).ifPresent(app::signingSecret);
        this.app = new App(app.build());
        AccessGate gate = new AccessGate(options.channels(), options.users());
        this.launch = new SlackLaunch(api.methods(), users, gate);
        new SlackIntake(gate, seen, inbound, users, outboxes, renderer, launch).register(this.app);
        this.connection = new SlackConnection(options, slack, this.app);
        this.reconnector = new Reconnector(Platform.SLACK, connection::connectOnce, options.tuning().reconnect(), clock,
                Reconnector.Scheduler.thread("slack-reconnect"));
        connection.link(reconnector);
    }

    /** Opens the adapter: the event store at {@code options.eventsDb()} (sqlite, 0600) and the Bolt app. */
    public static SlackChat open(SlackOptions options, Clock clock) {
        return new SlackChat(options, clock);
    }

    /** The hub's side of the launch modal ({@code /agent run} with no prompt); until set, the modal cannot open. */
    public void launcher(dev.baton.chat.Launcher hubSide) {
        launch.connect(hubSide);
    }

    /** Where translated events go (the hub). Set once, before serving; earlier events wait for it. */
    public void connect(ChatInbound hub) {
        inbound.connect(hub);
    }

    /** HTTP mode: registers {@code POST /slack/events}. Socket Mode needs no route and registers nothing. */
    public void routes(JavalinConfig config) {
        if (!options.socketMode()) {
            new BoltHttpEndpoint(app).register(config);
        }
    }

    /**
     * Connects: checks the tokens, starts Bolt and, in Socket Mode, opens the connection to Slack
     * ({@code apps.connections.open}). A refused token throws; an unreachable Slack is retried in the background
     * (the returned status says so). Idempotent.
     */
    public ConnectionStatus start() {
        ConnectionStatus s = reconnector.start();
        if (s instanceof ConnectionStatus.Refused r) {
            throw new SlackException("cannot start the Slack adapter (" + mode() + "): " + r.reason());
        }
        return s;
    }

    /** Whether Slack is reached now. */
    public ConnectionStatus status() {
        return reconnector.status();
    }

    /** Tells {@code listener} the status now and at every attempt from now on. */
    public void watch(ConnectionListener listener) {
        reconnector.watch(listener);
    }

    private String mode() {
        return options.socketMode() ? "Socket Mode" : "HTTP mode";
    }

    /** The Baton identity behind a Slack user: display name, and GitHub login and email where configured. */
    public Identity identity(ChatUser user) {
        return users.identity(user.id());
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    /** Posts ahead of everything queued in the channel and waits (bounded) for Slack's ts: the new thread's id. */
    @Override
    public MessageRef startThread(ChannelRef channel, Post post) {
        String id = SlackRefs.channelId(channel);
        CompletableFuture<String> posted = new CompletableFuture<>();
        if (!outboxes.of(id).submit(new Outbound.PostMessage(id, Optional.empty(), renderer.render(post),
                Optional.empty(), posted), true)) {
            throw new SlackException("cannot post in " + id + ": the Slack outbox is full or closed");
        }
        try {
            String ts = posted.get(options.tuning().startDeadline().toMillis(), TimeUnit.MILLISECONDS);
            return SlackRefs.message(id, ts, ts);
        } catch (ExecutionException e) {
            throw new SlackException("Slack refused the post in " + id + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new SlackException("Slack did not confirm the post in " + id + " within "
                    + options.tuning().startDeadline().toSeconds() + " s (it stays queued)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackException("interrupted while posting in " + id, e);
        }
    }

    /** Queued; the returned ref names a pending handle that later edits resolve to the real message. */
    @Override
    public MessageRef reply(ThreadRef thread, Post post) {
        String id = SlackRefs.channelId(thread.channel());
        String handle = "p:" + handles.incrementAndGet();
        outboxes.of(id).submit(new Outbound.PostMessage(id, Optional.of(thread.id()), renderer.render(post),
                Optional.of(handle), new CompletableFuture<>()), false);
        return new MessageRef(thread, handle);
    }

    @Override
    public void update(MessageRef message, Post post) {
        String id = SlackRefs.channelId(message.thread().channel());
        outboxes.of(id).submit(new Outbound.Update(id, message.id(), renderer.render(post)), false);
    }

    /** A reaction on the person's message (⏳ queued, ✅ delivered): no extra messages in the thread. */
    @Override
    public void acknowledge(MessageRef userMessage, String status) {
        String id = SlackRefs.channelId(userMessage.thread().channel());
        for (Outbound.Reaction r : AckReaction.of(status).calls(id, userMessage.id())) {
            outboxes.of(id).submit(r, false);
        }
    }

    /** A slash command is answered ephemerally through its response_url; a message command in its thread. */
    @Override
    public void answer(ChatEvent.Command command, Post post) {
        String id = SlackRefs.channelId(command.channel());
        if (command.thread().isPresent()) {
            reply(command.thread().get(), post);
        } else if (command.replyTo().startsWith("https://") || command.replyTo().startsWith("http://")) {
            outboxes.of(id).submit(new Outbound.Respond(id, command.replyTo(), renderer.render(post)), false);
        } else {
            reply(SlackRefs.thread(id, command.replyTo()), post);
        }
    }

    @Override
    public void whisper(ChatUser user, ThreadRef thread, Post post) {
        String id = SlackRefs.channelId(thread.channel());
        outboxes.of(id).submit(new Outbound.Ephemeral(id, user.id(), Optional.of(thread.id()), renderer.render(post)),
                false);
    }

    /** Stops retrying, Socket Mode, delivery to the hub and Bolt, drains the outboxes briefly, closes the store. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        reconnector.close();
        connection.close();
        inbound.close();
        app.stop();
        outboxes.close();
        seen.close();
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("closing the Slack client: {}", e.toString());
        }
    }
}
