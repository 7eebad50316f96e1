package dev.baton.hub.sessions;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Action;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.MirrorRow;
import java.util.Optional;

/**
 * {@code /agent mirror NAME}: one session, several threads, on any platforms. The new thread gets its own status
 * card; from then on every bound thread gets the same cards, pings and recaps, a turn from any of them joins the
 * session's one FIFO (attributed with its platform, and shown in the other threads), and an answered prompt shows
 * as answered everywhere. {@code /agent unmirror} in a mirror thread unbinds it. Core thread.
 */
public final class Mirrors {
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final AccessGuard guard;
    private final java.time.Clock clock;

    public Mirrors(SessionDirectory sessions, SessionThreads threads, AccessGuard guard, java.time.Clock clock) {
        this.sessions = sessions;
        this.threads = threads;
        this.guard = guard;
        this.clock = clock;
    }

    public void mirror(String name, ChatEvent.Command c, ChatSurface from) {
        if (c.thread().isPresent() && sessions.byThread(c.thread().get().key()).isPresent()) {
            from.answer(c, Post.Text.of("Run /agent mirror NAME in a channel, not in a session's thread: it starts a new"
                    + " thread there bound to the session."));
            return;
        }
        Optional<HubSession> found = sessions.byName(name);
        if (found.isEmpty()) {
            from.answer(c, Post.Text.of("No session named '" + name + "' is known here; /agent recall WORDS finds one."));
            return;
        }
        HubSession s = found.get();
        Optional<String> refused = guard.refusal(Action.SHARE, c.user(), s);
        if (refused.isPresent()) {
            from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + refused.get() + " (a mirror shows it in"
                    + " another channel)."));
            return;
        }
        if (s.ended()) {
            from.answer(c, Post.Text.of("Session " + s.name() + " has ended (" + s.stateWords() + "); /agent recap " + s.name()
                    + " shows what it did, and /agent continue " + s.name() + " picks it up again."));
            return;
        }
        String channel = c.channel().key();
        if (s.threadKey().startsWith(channel + "/")
                || sessions.mirrorsOf(s.id()).stream().anyMatch(m -> m.thread().startsWith(channel + "/"))) {
            from.answer(c, Post.Text.of("Session " + s.name() + " already has a thread in this channel."));
            return;
        }
        MessageRef card = from.startThread(c.channel(), threads.statusCard(s));
        MirrorRow m = new MirrorRow(s.id().value(), card.thread().key(), card.id(), c.user().key(), clock.millis());
        from.reply(card.thread(), Post.Text.of("This thread mirrors session " + s.name() + " (first thread: " + s.threadKey()
                + "). Replies here are turns for the agent; cards, pings and recaps appear in every bound thread."
                + " /agent unmirror here ends the mirror."));
        threads.say(s, Post.Text.of(c.user().name() + " mirrored " + s.name() + " into " + card.thread().key()
                + " (" + c.user().platform().wire() + ")."));
        sessions.addMirror(m);
    }

    public void unmirror(ChatEvent.Command c, ChatSurface from) {
        Optional<MirrorRow> m = c.thread().flatMap(t -> sessions.mirror(t.key()));
        if (m.isEmpty()) {
            from.answer(c, Post.Text.of("This thread is not a mirror; /agent unmirror works in a thread made by /agent mirror."));
            return;
        }
        sessions.removeMirror(m.get());
        sessions.byId(m.get().session()).ifPresent(s -> {
            from.answer(c, Post.Text.of("This thread no longer mirrors " + s.name() + "; replies here are not turns any more."));
            threads.say(s, Post.Text.of(c.user().name() + " ended the mirror of " + s.name() + " in " + m.get().thread() + "."));
        });
    }
}
