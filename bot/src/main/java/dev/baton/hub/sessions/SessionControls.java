package dev.baton.hub.sessions;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.access.Identities;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.store.HubSession;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.wire.WireMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /agent keys}, {@code screen}, {@code diff} and {@code kill} (and the card's buttons): keys and queries go
 * to the daemon now or not at all, a kill through its outbox. Core thread; query answers are posted from a virtual
 * thread.
 */
public final class SessionControls {
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);
    private final DaemonLinks daemons;

    public SessionControls(DaemonLinks daemons) {
        this.daemons = daemons;
    }

    public void keys(HubSession s, List<String> keys, ChatUser user, ChatEvent.Command c, ChatSurface from) {
        boolean sent = daemons.sendNow(s.daemon(), new WireMessage.SendKeys(s.id(), keys,
                Identities.sender(user)));
        from.answer(c, Post.Text.of(sent ? "Keys sent: " + String.join(" ", keys)
                : "Daemon " + s.daemon() + " is offline; keys are not queued (they would arrive stale)."));
    }

    public void screen(HubSession s, ThreadRef thread, ChatSurface from) {
        query(s, QueryKind.SCREEN, thread, from, text -> new Post.Code("Screen of " + s.name(), text));
    }

    public void diff(HubSession s, ThreadRef thread, ChatSurface from) {
        query(s, QueryKind.DIFFSTAT, thread, from, stat -> new Post.Code("Changes in " + s.branch() + " against " + s.baseBranch(), stat));
    }

    public void kill(HubSession s, boolean remove, ChatUser by, ThreadRef thread, ChatSurface from) {
        if (s.ended() && !remove) {
            from.reply(thread, Post.Text.of("Session " + s.name() + " has already ended (" + s.stateWords() + ")."));
            return;
        }
        daemons.sendReliable(s.daemon(), new WireMessage.Kill(s.id(), remove, Identities.sender(by)));
        from.reply(thread, Post.Text.of((remove ? "Killing and removing " : "Killing ") + s.name() + " (asked by "
                + by.name() + ")" + (daemons.online(s.daemon()) ? "…" : "; the daemon is offline, so it happens when it reconnects.")));
    }

    private void query(HubSession s, QueryKind kind, ThreadRef thread, ChatSurface from,
                       java.util.function.Function<String, Post> render) {
        Optional<CompletableFuture<WireMessage.QueryResult>> answer = daemons.query(s.daemon(), s.id(), kind, ANSWER_WITHIN);
        if (answer.isEmpty()) {
            from.reply(thread, Post.Text.of("Daemon " + s.daemon() + " is offline; try again when it is back."));
            return;
        }
        Thread.ofVirtual().start(() -> {
            try {
                WireMessage.QueryResult r = answer.get().join();
                from.reply(thread, r.ok() ? render.apply(r.text()) : Post.Text.of("Could not get the " + kind.wire() + ": " + r.text()));
            } catch (RuntimeException e) {
                from.reply(thread, Post.Text.of("The daemon did not answer within 15 s."));
            }
        });
    }
}
