package dev.baton.chat.testing;

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

/**
 * A recording hub that answers like a tiny real one: {@code run …} starts a thread with a status card and edits it
 * to running; other commands are answered; a reply is acknowledged (queued, then delivered). It tells the surface
 * each command is done, as the real hub does. Shared by the Slack and Discord adapter tests.
 */
public final class RecordingHub implements ChatInbound {
    public final List<ChatEvent> events = new CopyOnWriteArrayList<>();
    public final Map<String, MessageRef> cards = new ConcurrentHashMap<>();

    @Override
    public void accept(ChatEvent event, ChatSurface from) {
        events.add(event);
        switch (event) {
            case ChatEvent.Command c when c.text().startsWith("run ") -> {
                String session = c.text().substring(4).strip();
                MessageRef card = from.startThread(c.channel(), card(session, "starting"));
                cards.put(session, card);
                from.update(card, card(session, "running"));
                from.commandDone(c);
            }
            case ChatEvent.Command c -> {
                from.answer(c, Post.Text.of("answer to " + c.text()));
                from.commandDone(c);
            }
            case ChatEvent.Reply r -> {
                from.acknowledge(r.message(), "queued #1");
                from.acknowledge(r.message(), "delivered");
            }
            case ChatEvent.Button b -> { }
            case ChatEvent.Left l -> { }
            case ChatEvent.Changed c -> { }
        }
    }

    public static Post.Card card(String session, String state) {
        return new Post.Card("Session " + session, List.of(new Post.Field("State", state)),
                List.of(new Post.Button("Screen", "screen", session, Post.Style.DEFAULT),
                        new Post.Button("Kill", "kill", session, Post.Style.DANGER)),
                "Reply in this thread");
    }

    public <T extends ChatEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends ChatEvent> Optional<T> last(Class<T> type) {
        List<T> all = all(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }
}
