package dev.baton.hub;

import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.StatusCard;
import dev.baton.hub.store.HubSessionRow;
import dev.baton.hub.store.HubStore;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The hub's state and its small helpers, owned by the core thread (queries are the one concurrent map). */
final class HubState {
    final HubStore store;
    final SessionDirectory sessions;
    final Clock clock;
    final Map<String, DaemonLink> online = new HashMap<>();
    final Map<Platform, ChatSurface> surfaces = new ConcurrentHashMap<>();
    final Map<String, CompletableFuture<WireMessage.QueryResult>> queries = new ConcurrentHashMap<>();
    final dev.baton.config.ApprovalSettings approvals;
    /** The attention layers each session has shown signals from (hook, terminal, screen, emit), for its card. */
    final Map<String, java.util.Set<String>> layers = new HashMap<>();

    /** Who each chat user is on commits (Co-authored-by), from {@code [identities.*]}. */
    final CoAuthors coAuthors;
    /** Token buckets per user and per session, so a flood of turns cannot swamp a daemon. */
    final TurnLimits limits;
    /** {@code [access]}: default visibility, link lifetime, link address. */
    final dev.baton.config.AccessSettings access;
    /** The one access policy, with its store and audit of denials. */
    final Access guard;
    /** Sessions paused (turns held) according to their last pause/resume event. */
    final java.util.Set<String> paused = new java.util.HashSet<>();
    /** Whether Slack and Discord are reached, as their adapters report it ({@code /agent daemons}). */
    final ChatConnections connections;
    /** Where session page links point: {@code [access] base_url}, else this hub's own address once it listens. */
    volatile String pageBase = "";

    HubState(HubStore store, Clock clock, dev.baton.config.ApprovalSettings approvals) {
        this(store, clock, approvals, dev.baton.config.AccessSettings.defaults());
    }

    HubState(HubStore store, Clock clock, dev.baton.config.ApprovalSettings approvals,
             dev.baton.config.AccessSettings access) {
        this(store, clock, approvals, access, CoAuthors.none(),
                new TurnLimits(dev.baton.config.LimitSettings.defaults(),
                        com.github.benmanes.caffeine.cache.Ticker.systemTicker()));
    }

    HubState(HubStore store, Clock clock, dev.baton.config.ApprovalSettings approvals,
             dev.baton.config.AccessSettings access, CoAuthors coAuthors, TurnLimits limits) {
        this.coAuthors = coAuthors;
        this.limits = limits;
        this.connections = new ChatConnections(clock);
        this.store = store;
        this.sessions = new SessionDirectory(store);
        this.clock = clock;
        this.approvals = approvals;
        this.access = access;
        this.guard = new Access(this);
    }

    boolean online(String daemon) {
        DaemonLink link = online.get(daemon);
        return link != null && link.isOpen();
    }

    /** Numbers, persists and (if the daemon is connected) sends a message; it is resent until acknowledged. */
    void sendReliable(String daemon, WireMessage.Reliable message) {
        String[] text = new String[1];
        store.enqueue(daemon, n -> text[0] = WireJson.write(new Frame(n, 0, message)));
        DaemonLink link = online.get(daemon);
        if (link != null) {
            link.sendText(text[0]); // the outbox's own text: encoded once
        }
    }

    /** Sends an unnumbered message if the daemon is connected; returns false otherwise. */
    boolean sendNow(String daemon, WireMessage message) {
        DaemonLink link = online.get(daemon);
        if (link == null || !link.isOpen()) {
            return false;
        }
        link.send(new Frame(0, 0, message));
        return true;
    }

    Optional<ChatSurface> surface(ThreadRef thread) {
        return Optional.ofNullable(surfaces.get(thread.channel().platform()));
    }

    /** Posts in one thread only (an answer, a note about another session). */
    void say(String threadKey, Post post) {
        ThreadRef thread = ThreadRef.parse(threadKey);
        surface(thread).ifPresent(s -> s.reply(thread, post));
    }

    /** Posts in every thread bound to the session: its first thread and its mirrors, on whatever platform. */
    void say(HubSessionRow row, Post post) {
        for (ThreadRef thread : threads(row)) {
            surface(thread).ifPresent(s -> s.reply(thread, post));
        }
    }

    /** The session's threads: the first, then its mirrors. */
    java.util.List<ThreadRef> threads(HubSessionRow row) {
        java.util.List<ThreadRef> out = new java.util.ArrayList<>();
        if (!row.thread().isEmpty()) {
            out.add(ThreadRef.parse(row.thread()));
        }
        sessions.mirrorsOf(row.id()).forEach(m -> out.add(ThreadRef.parse(m.thread())));
        return out;
    }

    /** Edits the session's status card in every bound thread. */
    /** The session's status card as it is now: state, the daemon's link, the attention layers heard, the mode. */
    Post statusCard(HubSessionRow row) {
        return StatusCard.render(row, online(row.daemon()), layers.getOrDefault(row.id(), java.util.Set.of()),
                store.fact(row.id(), "mode").orElse(""));
    }

    void refreshCard(HubSessionRow row) {
        Post card = statusCard(row);
        if (!row.card().isEmpty()) {
            ThreadRef thread = ThreadRef.parse(row.thread());
            surface(thread).ifPresent(s -> s.update(new MessageRef(thread, row.card()), card));
        }
        for (dev.baton.hub.store.MirrorRow m : sessions.mirrorsOf(row.id())) {
            ThreadRef thread = ThreadRef.parse(m.thread());
            surface(thread).ifPresent(s -> s.update(new MessageRef(thread, m.card()), card));
        }
    }

    /** The owner to mention: nobody while the session is up for grabs. */
    static java.util.List<ChatUser> ownerMentions(HubSessionRow row) {
        if (row.upForGrabs()) {
            return java.util.List.of();
        }
        int colon = row.ownerKey().indexOf(':');
        return java.util.List.of(new ChatUser(Platform.fromWire(row.ownerKey().substring(0, colon)),
                row.ownerKey().substring(colon + 1), row.ownerName()));
    }
}
