package dev.baton.hub.turns;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.access.Identities;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubTurn;
import dev.baton.protocol.session.Text;
import dev.baton.protocol.wire.WireMessage;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Replies in a session's thread become turns: numbered, stored, acknowledged in the chat ({@code queued #3},
 * later {@code delivered}) and sent to the daemon through the outbox, so an offline daemon gets them in order.
 */
public final class TurnIntake {
    static final int MAX_TEXT = 40_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final HubStore store;
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final DaemonLinks daemons;
    private final Identities identities;
    private final TurnLimits limits;
    private final Set<String> toldOffline = new HashSet<>();

    public TurnIntake(HubStore store, SessionDirectory sessions, SessionThreads threads, DaemonLinks daemons,
                      Identities identities, TurnLimits limits) {
        this.store = store;
        this.sessions = sessions;
        this.threads = threads;
        this.daemons = daemons;
        this.identities = identities;
        this.limits = limits;
    }

    public void reply(ChatEvent.Reply r, HubSession session, ChatSurface from) {
        String text = r.text().strip();
        if (text.startsWith("!aside")) {
            return;
        }
        Optional<String> problem = problem(session, text);
        if (problem.isPresent()) {
            from.reply(r.message().thread(), Post.Text.of(problem.get()));
            return;
        }
        Optional<String> limited = limits.take(r.user().key(), session.id().value());
        if (limited.isPresent()) {
            from.acknowledge(r.message(), "not sent (rate limit)");
            from.reply(r.message().thread(), Post.Text.of("Sorry " + r.user().name() + ", " + limited.get()));
            return;
        }
        queue(session, r.user(), Text.stripControls(text).strip(), r.message(), from);
    }

    /**
     * A turn typed on the session page: checked like a reply, echoed into the thread (which stays the record of
     * what the agent was told), then queued like a reply. Returns why not, if it was not sent.
     */
    public Optional<String> fromPage(HubSession session, ChatUser user, String text) {
        Optional<String> problem = problem(session, text.strip());
        if (problem.isPresent()) {
            return problem;
        }
        Optional<String> limited = limits.take(user.key(), session.id().value());
        if (limited.isPresent()) {
            return limited;
        }
        ThreadRef thread = session.thread();
        Optional<ChatSurface> from = threads.surface(thread);
        if (from.isEmpty()) {
            return Optional.of("the session's chat is not connected to this hub");
        }
        String clean = Text.stripControls(text.strip()).strip();
        MessageRef echo = from.get().reply(thread, Post.Text.of(user.name() + " (on the session page): " + clean));
        queue(session, user, clean, echo, from.get());
        return Optional.empty();
    }

    private static Optional<String> problem(HubSession session, String text) {
        if (session.ended()) {
            return Optional.of("This session has ended (" + session.stateWords()
                    + "), so that was not sent. Start a new one with /agent run …");
        }
        if (text.length() > MAX_TEXT) {
            return Optional.of("That message is " + text.length()
                    + " characters; the limit for a turn is " + MAX_TEXT + ". Nothing was sent.");
        }
        if (Text.stripControls(text).strip().isEmpty()) {
            return Optional.of("That message has nothing to send once control characters are removed.");
        }
        return Optional.empty();
    }

    private void queue(HubSession session, ChatUser user, String clean, MessageRef message, ChatSurface from) {
        long number = session.turns() + 1;
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        String id = "t-" + HexFormat.of().formatHex(b);
        boolean online = daemons.online(session.daemon());
        // The turn goes out first (persisted in the outbox, then sent); the bookkeeping below is not on its path.
        daemons.sendReliable(session.daemon(), new WireMessage.DeliverTurn(session.id(), id, number,
                Identities.sender(user), clean, identities.coAuthor(user)));
        store.putName(user.key(), user.name());
        store.putTurn(new HubTurn(id, session.id(), number, user.key(), clean, message));
        HubSession next = session.withTurns(number);
        sessions.put(next);
        from.acknowledge(message, "queued #" + number + (online ? "" : " (daemon offline)"));
        if (!online && toldOffline.add(session.id().value())) {
            from.reply(message.thread(), Post.Text.of("Daemon " + session.daemon() + " is offline. Turns are queued"
                    + " and will be delivered once each, in order, when it reconnects."));
        }
        if (online) {
            toldOffline.remove(session.id().value());
        }
        relay(next, user, message.thread().key(), number, clean);
        threads.refreshCard(next);
    }

    /** The daemon typed the turn into the agent's terminal: its message says so. */
    public void delivered(String turnId) {
        store.turn(turnId).ifPresent(t -> threads.surface(t.message().thread())
                .ifPresent(s -> s.acknowledge(t.message(), "delivered")));
    }

    /** A mirrored session's turn shows in its other threads, with who sent it from where (not as a turn again). */
    private void relay(HubSession session, ChatUser user, String here, long number, String text) {
        for (ThreadRef thread : threads.threads(session)) {
            if (!thread.key().equals(here)) {
                threads.surface(thread).ifPresent(s -> s.reply(thread, Post.Text.of("Turn #" + number + " from "
                        + user.name() + " on " + user.platform().wire() + ": "
                        + dev.baton.protocol.session.Redaction.redact(text))));
            }
        }
    }
}
