package dev.baton.hub.sessions;

import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.MirrorRow;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.HeldSecrets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where sessions show in chat: the platforms the hub posts to (each wrapped once in {@link RedactingSurface}), a
 * session's threads (its first and its mirrors), posting in all of them, and its status card, which carries the
 * attention layers heard so far. Core thread; the surfaces are also read by recap threads.
 */
public final class SessionThreads {
    private final SessionDirectory sessions;
    private final DaemonLinks daemons;
    private final HubStore store;
    private final HeldSecrets held;
    private final Map<Platform, ChatSurface> surfaces = new ConcurrentHashMap<>();
    /** The attention layers each session has shown signals from (hook, terminal, screen, emit), for its card. */
    private final Map<SessionId, Set<String>> layers = new HashMap<>();

    /** {@code held}: the secrets the hub holds, which every surface redacts by value. */
    public SessionThreads(SessionDirectory sessions, DaemonLinks daemons, HubStore store, HeldSecrets held) {
        this.held = held;
        this.sessions = sessions;
        this.daemons = daemons;
        this.store = store;
    }

    /** A platform to post to; the first surface seen for a platform stays. Returns the redacting one. */
    public ChatSurface register(ChatSurface surface) {
        return surfaces.computeIfAbsent(surface.platform(), p -> RedactingSurface.wrap(surface, held));
    }

    public Optional<ChatSurface> surface(ThreadRef thread) {
        return surface(thread.channel().platform());
    }

    /** The (redacting) surface of a platform, once it is registered. */
    public Optional<ChatSurface> surface(Platform platform) {
        return Optional.ofNullable(surfaces.get(platform));
    }

    /** Posts in one thread only (an answer, a note about another session). */
    public void say(ThreadRef thread, Post post) {
        surface(thread).ifPresent(s -> s.reply(thread, post));
    }

    /** Posts in every thread bound to the session: its first thread and its mirrors, on whatever platform. */
    public void say(HubSession session, Post post) {
        for (ThreadRef thread : threads(session)) {
            say(thread, post);
        }
    }

    /** The session's threads: the first, then its mirrors. */
    public List<ThreadRef> threads(HubSession session) {
        List<ThreadRef> out = new ArrayList<>();
        session.card().ifPresent(c -> out.add(c.thread()));
        sessions.mirrorsOf(session.id()).forEach(m -> out.add(ThreadRef.parse(m.thread())));
        return out;
    }

    /** The session showed a signal from this attention layer; its card lists the layers heard. */
    public void heard(SessionId session, String layer) {
        layers.computeIfAbsent(session, k -> new HashSet<>()).add(layer);
    }

    /** The session's status card as it is now: state, the daemon's link, the attention layers heard, the mode, the cost. */
    public Post statusCard(HubSession session) {
        return StatusCard.render(session, daemons.online(session.daemon()), layers.getOrDefault(session.id(), Set.of()),
                store.fact(session.id(), "mode").orElse(""), UsageTotal.of(store.usage().ofSession(session.id().value())));
    }

    /** Edits the session's status card in every bound thread. */
    public void refreshCard(HubSession session) {
        Post card = statusCard(session);
        session.card().ifPresent(c -> surface(c.thread()).ifPresent(s -> s.update(c, card)));
        for (MirrorRow m : sessions.mirrorsOf(session.id())) {
            ThreadRef thread = ThreadRef.parse(m.thread());
            surface(thread).ifPresent(s -> s.update(new MessageRef(thread, m.card()), card));
        }
    }

    /** The owner to mention: nobody while the session is up for grabs. */
    public static List<ChatUser> ownerMentions(HubSession session) {
        return session.owner().stream().toList();
    }
}
