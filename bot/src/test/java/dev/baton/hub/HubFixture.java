package dev.baton.hub;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.testing.RecordingDaemonLink;
import dev.baton.hub.testing.RecordingSurface;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hub core in-process, with a recording web chat and a recording daemon instead of sockets: a real
 * {@code hub.db} in a temp dir, the real router and handlers. {@link #settle()} waits until the core has applied
 * everything sent so far (it applies in order), so a test needs no sleeps.
 */
public final class HubFixture implements AutoCloseable {
    public static final ChannelRef GENERAL = new ChannelRef(Platform.WEB, "general");
    public final RecordingSurface web = new RecordingSurface(Platform.WEB);
    public final RecordingDaemonLink daemon = new RecordingDaemonLink("d1", List.of("demo"), List.of("/repo"));
    public final HubStore store;
    private final HubWiring core;
    private final AtomicLong seq = new AtomicLong();

    /** A session started through the chat: its id and its thread. */
    public record Started(SessionId id, ThreadRef thread) {}

    public HubFixture(Path dir) {
        this(dir, o -> o);
    }

    /** With options changed from the defaults (channel defaults, identities, …). */
    public HubFixture(Path dir, java.util.function.UnaryOperator<Hub.Options> options) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
        store = dev.baton.hub.store.SqliteHubStore.open(dir.resolve("hub.db"));
        store.putDaemon("d1", "unused", 0);
        core = new HubWiring(store, clock, options.apply(new Hub.Options(dir, "127.0.0.1", 0, "token")),
                dev.baton.hub.page.LinkSigner.open(dir, clock), new dev.baton.protocol.session.HeldSecrets());
        core.platform(web);
        core.start();
        core.router.connected(daemon);
        settle();
    }

    public static ChatUser user(String name) {
        return new ChatUser(Platform.WEB, name, name);
    }

    /** The launch dialog's hub side, as the adapters get it. */
    public dev.baton.chat.Launcher launcher() {
        return core.launcher;
    }

    /** Waits until the core has applied everything handed to it so far. */
    public void settle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        core.router.execute(() -> done.complete(null));
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the hub core did not settle", e);
        }
    }

    public void chat(ChatEvent event) {
        core.router.accept(event, web);
        settle();
    }

    /** A frame from the daemon (unnumbered, no ack). */
    public void fromDaemon(WireMessage message) {
        core.router.frame(daemon, new Frame(0, 0, message));
        settle();
    }

    /** The next event of a session, as its daemon would send it. */
    public void event(SessionId session, SessionEvent event) {
        fromDaemon(new WireMessage.Event(new EventRecord(session, seq.incrementAndGet(), Instant.EPOCH, event)));
    }

    /** The next event of a session, made at {@code at}. */
    public void event(SessionId session, SessionEvent event, Instant at) {
        fromDaemon(new WireMessage.Event(new EventRecord(session, seq.incrementAndGet(), at, event)));
    }

    /** {@code /agent run} in #general by {@code who}; the daemon's start request is answered as started. */
    public Started run(String who, String prompt) {
        chat(new ChatEvent.Command(user(who), GENERAL, Optional.empty(), "run --agent demo " + prompt, ""));
        WireMessage.StartSession start = daemon.messages(WireMessage.StartSession.class).getLast();
        fromDaemon(new WireMessage.StartResult(start.requestId(), start.sessionId(), true, "", start.name(), "demo",
                "/repo", "main", "baton/" + start.name()));
        ThreadRef thread = web.threadsStarted().getLast().thread();
        return new Started(start.sessionId(), thread);
    }

    /** {@code /agent TEXT} by {@code who} in a channel, or in a thread of it. */
    public void command(String who, ChannelRef channel, Optional<ThreadRef> thread, String text) {
        chat(new ChatEvent.Command(user(who), channel, thread, text, ""));
    }

    /** {@code /agent TEXT} by {@code who} in a session's thread. */
    public void command(String who, ThreadRef thread, String text) {
        command(who, thread.channel(), Optional.of(thread), text);
    }

    /** A button pressed by {@code who} on {@code message}. */
    public void press(String who, MessageRef message, String action, String value) {
        chat(new ChatEvent.Button(user(who), message, action, value));
    }

    /** A reply in a thread by {@code who}; returns the message, to look up its acknowledgements. */
    public MessageRef reply(ThreadRef thread, String who, String text) {
        MessageRef message = new MessageRef(thread, "u" + seq.incrementAndGet());
        chat(new ChatEvent.Reply(user(who), message, text));
        return message;
    }

    /** Another daemon connects (registered first, as a token would). */
    public void connect(RecordingDaemonLink other) {
        store.putDaemon(other.name(), "unused", 0);
        core.router.connected(other);
        settle();
    }

    /** The daemon's connection drops. */
    public void daemonGoesAway() {
        daemon.close();
        core.router.disconnected(daemon);
        settle();
    }

    @Override
    public void close() {
        core.close();
        store.close();
    }
}
