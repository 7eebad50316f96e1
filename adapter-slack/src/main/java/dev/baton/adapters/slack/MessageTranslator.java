package dev.baton.adapters.slack;

import com.slack.api.model.event.MessageEvent;
import dev.baton.chat.ChatEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one translator for plain {@code message} events. Markup is decoded first. In a thread, {@code /agent …} or
 * {@code !agent …} is a command for that thread and anything else is a {@link ChatEvent.Reply}; at the top level
 * only a command counts (answered in a thread under it). Bot messages are dropped ({@link BotFilter}).
 */
final class MessageTranslator {
    private static final Logger log = LoggerFactory.getLogger(MessageTranslator.class);
    private final SlackUserDirectory users;
    private final SlackMarkup markup;

    MessageTranslator(SlackUserDirectory users, SlackMarkup markup) {
        this.users = users;
        this.markup = markup;
    }

    Optional<ChatEvent> translate(MessageEvent e, String botUserId) {
        if (BotFilter.fromBot(e.getUser(), e.getBotId(), botUserId)) {
            log.debug("message {} not translated: posted by a bot", e.getTs());
            return Optional.empty();
        }
        String text = markup.decode(e.getText());
        String thread = e.getThreadTs();
        boolean inThread = thread != null && !thread.equals(e.getTs());
        Optional<String> command = CommandText.of(text);
        if (command.isPresent()) {
            return Optional.of(new ChatEvent.Command(users.user(e.getUser()), SlackRefs.channel(e.getChannel()),
                    inThread ? Optional.of(SlackRefs.thread(e.getChannel(), thread)) : Optional.empty(),
                    command.get(), e.getTs()));
        }
        if (!inThread) {
            log.debug("message {} not translated: top-level chat", e.getTs());
            return Optional.empty();
        }
        return Optional.of(new ChatEvent.Reply(users.user(e.getUser()),
                SlackRefs.message(e.getChannel(), thread, e.getTs()), text));
    }
}
