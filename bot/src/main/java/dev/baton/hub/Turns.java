package dev.baton.hub;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.store.HubSessionRow;
import dev.baton.hub.store.TurnRow;
import dev.baton.protocol.session.Text;
import dev.baton.protocol.wire.WireMessage;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Replies in a session's thread become turns: numbered, stored, acknowledged in the chat ({@code queued #3},
 * later {@code delivered}) and sent to the daemon through the outbox, so an offline daemon gets them in order.
 */
final class Turns {
    static final int MAX_TEXT = 40_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final HubState state;
    private final Set<String> toldOffline = new HashSet<>();

    Turns(HubState state) {
        this.state = state;
    }

    void reply(ChatEvent.Reply r, HubSessionRow session, ChatSurface from) {
        String text = r.text().strip();
        if (text.startsWith("!aside")) {
            return;
        }
        if (session.ended()) {
            from.reply(r.message().thread(), Post.Text.of("This session has ended (" + session.state()
                    + "), so that was not sent. Start a new one with /agent run …"));
            return;
        }
        if (text.length() > MAX_TEXT) {
            from.reply(r.message().thread(), Post.Text.of("That message is " + text.length()
                    + " characters; the limit for a turn is " + MAX_TEXT + ". Nothing was sent."));
            return;
        }
        String clean = Text.stripControls(text).strip();
        if (clean.isEmpty()) {
            from.reply(r.message().thread(), Post.Text.of("That message has nothing to send once control characters are removed."));
            return;
        }
        long number = session.turns() + 1;
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        String id = "t-" + HexFormat.of().formatHex(b);
        boolean online = state.online(session.daemon());
        // The turn goes out first (persisted in the outbox, then sent); the bookkeeping below is not on its path.
        state.sendReliable(session.daemon(), new WireMessage.DeliverTurn(session.id(), id, number,
                r.user().platform().wire() + ":" + r.user().name(), clean));
        state.store.putTurn(new TurnRow(id, session.id(), number, r.user().key(), clean,
                r.message().thread().key() + "#" + r.message().id()));
        HubSessionRow next = session.withTurns(number);
        state.sessions.put(next);
        from.acknowledge(r.message(), "queued #" + number + (online ? "" : " (daemon offline)"));
        if (!online && toldOffline.add(session.id())) {
            from.reply(r.message().thread(), Post.Text.of("Daemon " + session.daemon() + " is offline. Turns are queued"
                    + " and will be delivered once each, in order, when it reconnects."));
        }
        if (online) {
            toldOffline.remove(session.id());
        }
        relay(next, r, number, clean);
        state.refreshCard(next);
    }

    /** A mirrored session's turn shows in its other threads, with who sent it from where (not as a turn again). */
    private void relay(HubSessionRow session, ChatEvent.Reply r, long number, String text) {
        String here = r.message().thread().key();
        for (ThreadRef thread : state.threads(session)) {
            if (!thread.key().equals(here)) {
                state.surface(thread).ifPresent(s -> s.reply(thread, Post.Text.of("Turn #" + number + " from "
                        + r.user().name() + " on " + r.user().platform().wire() + ": "
                        + dev.baton.protocol.session.Redaction.redact(text))));
            }
        }
    }
}
