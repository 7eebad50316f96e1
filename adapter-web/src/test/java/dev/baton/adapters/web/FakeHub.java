package dev.baton.adapters.web;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbound;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A recording hub that also answers like a tiny real one: {@code run <name>} starts a thread with a status card
 * and edits it to running; a button press edits the card; a reply is acknowledged ({@code queued #n}, then
 * {@code delivered}); {@code whisper} in a thread whispers back to the sender.
 */
final class FakeHub implements ChatInbound {
    final List<ChatEvent> events = new CopyOnWriteArrayList<>();
    final Map<String, MessageRef> cards = new ConcurrentHashMap<>();
    private final AtomicInteger turns = new AtomicInteger();

    @Override
    public void accept(ChatEvent event, ChatSurface from) {
        events.add(event);
        switch (event) {
            case ChatEvent.Command c when c.text().startsWith("run ") -> {
                String session = c.text().substring(4).strip();
                MessageRef card = from.startThread(c.channel(), card(session, "starting", c.user().name()));
                cards.put(session, card);
                from.update(card, card(session, "running", c.user().name()));
            }
            case ChatEvent.Command c when c.text().equals("whisper") && c.thread().isPresent() ->
                    from.whisper(c.user(), c.thread().get(), Post.Text.of("only for you, " + c.user().name()));
            case ChatEvent.Command c -> { }
            case ChatEvent.Button b -> from.update(b.message(),
                    card(b.value(), b.action() + "d by " + b.user().name(), b.user().name()));
            case ChatEvent.Reply r -> {
                from.acknowledge(r.message(), "queued #" + turns.incrementAndGet());
                from.acknowledge(r.message(), "delivered");
            }
            case ChatEvent.Changed c -> { }
            case ChatEvent.Left l -> { }
        }
    }

    static Post.Card card(String session, String state, String owner) {
        return new Post.Card("Session " + session,
                List.of(new Post.Field("agent", "claude"), new Post.Field("state", state),
                        new Post.Field("owner", owner)),
                List.of(new Post.Button("Approve", "approve", session, Post.Style.PRIMARY),
                        new Post.Button("Stop", "stop", session, Post.Style.DANGER)),
                "worktree baton/" + session);
    }

    <T extends ChatEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends ChatEvent> Optional<T> last(Class<T> type) {
        List<T> all = all(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }
}
