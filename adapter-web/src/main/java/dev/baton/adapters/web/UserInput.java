package dev.baton.adapters.web;

import dev.baton.chat.ChatInbox;
import dev.baton.chat.ChatEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What people do in the page: post a message or press a button. Each is checked, stored, shown on the stream,
 * translated once and queued for the hub, in that order; nothing here waits for the hub.
 */
final class UserInput {
    static final String HUB_BUSY = "not delivered: the hub is busy";
    private static final Logger log = LoggerFactory.getLogger(UserInput.class);

    private final ChatStore store;
    private final StreamFanout stream;
    private final ChatInbox hub;
    private final PostedMessageTranslator messages = new PostedMessageTranslator();
    private final ButtonPressTranslator buttons = new ButtonPressTranslator();

    UserInput(ChatStore store, StreamFanout stream, ChatInbox hub) {
        this.store = store;
        this.stream = stream;
        this.hub = hub;
    }

    StoredMessage post(String channel, Optional<String> user, Optional<String> text, Optional<String> thread) {
        requireChannel(channel);
        String name = ChatLimits.userName(user);
        String body = ChatLimits.text(text);
        Optional<String> inThread = thread.map(String::strip).filter(t -> !t.isEmpty());
        if (inThread.isPresent() && store.root(channel, inThread.get()).isEmpty()) {
            throw ApiProblem.notFound("there is no thread " + inThread.get() + " in #" + channel);
        }
        StoredMessage stored = store.insert(NewMessage.fromUser(channel, inThread, name, body));
        stream.publish(StreamFanout.NEW_MESSAGE, stored);
        messages.translate(stored).ifPresent(event -> {
            if (!hub.offer(event)) {
                log.warn("the hub's queue is full; message {} in #{} was not delivered", stored.id(), channel);
                store.badge(stored.id(), HUB_BUSY).ifPresent(m -> stream.publish(StreamFanout.UPDATED_MESSAGE, m));
            }
        });
        return stored;
    }

    void press(Optional<String> user, Optional<String> channel, Optional<String> thread, Optional<String> message,
               Optional<String> action, Optional<String> value) {
        String name = ChatLimits.userName(user);
        String id = message.orElseThrow(() -> ApiProblem.badRequest("a button press names its \"message\""));
        StoredMessage card = store.message(id)
                .filter(m -> channel.map(m.channel()::equals).orElse(true))
                .filter(m -> thread.map(m.thread()::equals).orElse(true))
                .orElseThrow(() -> ApiProblem.notFound("there is no message " + id
                        + channel.map(c -> " in #" + c).orElse("")));
        String pressed = action.filter(a -> !a.isBlank())
                .orElseThrow(() -> ApiProblem.badRequest("a button press names its \"action\""));
        String with = value.orElse("");
        boolean offered = card.kind() == MessageKind.BOT && card.visibleTo(Optional.of(name))
                && card.post().map(p -> PostJson.offersButton(p, pressed, with)).orElse(false);
        if (!offered) {
            throw ApiProblem.badRequest("message " + id + " has no button \"" + pressed + "\"");
        }
        ChatEvent event = buttons.translate(new ButtonPress(name, card, pressed, with));
        if (!hub.offer(event)) {
            throw new ApiProblem(503, "the hub is busy; press the button again in a moment");
        }
    }

    private void requireChannel(String channel) {
        if (store.channel(channel).isEmpty()) {
            throw ApiProblem.notFound("there is no channel #" + channel);
        }
    }
}
