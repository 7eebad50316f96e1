package dev.baton.adapters.web;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ThreadRef;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one translator for messages typed in the page. {@code /agent …} anywhere is a command; any other reply in a
 * thread is a reply; a plain top-level message is just chat and reaches nobody. The bot's own messages are
 * dropped here, the one place that filters them.
 */
final class PostedMessageTranslator {
    private static final Logger log = LoggerFactory.getLogger(PostedMessageTranslator.class);
    private static final String COMMAND = "/agent";

    Optional<ChatEvent> translate(StoredMessage m) {
        if (!m.kind().reachesHub()) {
            log.debug("message {} not translated: the bot's own", m.id());
            return Optional.empty();
        }
        Optional<String> command = commandText(m.text());
        if (command.isPresent()) {
            Optional<ThreadRef> thread = m.isRoot() ? Optional.empty() : Optional.of(WebUsers.thread(m));
            return Optional.of(new ChatEvent.Command(WebUsers.user(m.user()), WebUsers.channel(m.channel()), thread,
                    command.get(), m.thread()));
        }
        if (m.isRoot()) {
            log.debug("message {} not translated: top-level chat", m.id());
            return Optional.empty();
        }
        return Optional.of(new ChatEvent.Reply(WebUsers.user(m.user()), WebUsers.message(m), m.text()));
    }

    /** What follows {@code /agent} (stripped), if the text is a command; {@code /agents} is not one. */
    static Optional<String> commandText(String text) {
        String t = text.strip();
        if (!t.startsWith(COMMAND)) {
            return Optional.empty();
        }
        String rest = t.substring(COMMAND.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(rest.strip());
    }
}
