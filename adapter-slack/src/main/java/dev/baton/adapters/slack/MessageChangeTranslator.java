package dev.baton.adapters.slack;

import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import dev.baton.chat.ChatEvent;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one translator for {@code message_changed} and {@code message_deleted}: a person's edit or delete of a
 * thread reply becomes {@link ChatEvent.Changed} (the hub says it changes nothing for the agent). Bot edits (our
 * own card updates), top-level messages, and changes that keep the text (unfurls, reply counts) are dropped.
 */
final class MessageChangeTranslator {
    private static final Logger log = LoggerFactory.getLogger(MessageChangeTranslator.class);
    private final SlackUserDirectory users;

    MessageChangeTranslator(SlackUserDirectory users) {
        this.users = users;
    }

    Optional<ChatEvent> edited(MessageChangedEvent e, String botUserId) {
        MessageChangedEvent.Message now = e.getMessage();
        if (now == null || BotFilter.fromBot(now.getUser(), now.getBotId(), botUserId)) {
            log.debug("message_changed in {} not translated: a bot's message", e.getChannel());
            return Optional.empty();
        }
        MessageChangedEvent.Message before = e.getPreviousMessage() == null ? null : e.getPreviousMessage().getMessage();
        if (before != null && Objects.equals(before.getText(), now.getText())) {
            log.debug("message_changed {} not translated: the text is the same", now.getTs());
            return Optional.empty();
        }
        return inThread(e.getChannel(), now.getUser(), now.getThreadTs(), now.getTs(), false);
    }

    Optional<ChatEvent> deleted(MessageDeletedEvent e, String botUserId) {
        MessageDeletedEvent.Message before = e.getPreviousMessage();
        if (before == null || BotFilter.fromBot(before.getUser(), before.getBotId(), botUserId)) {
            log.debug("message_deleted in {} not translated: unknown or a bot's message", e.getChannel());
            return Optional.empty();
        }
        return inThread(e.getChannel(), before.getUser(), before.getThreadTs(), e.getDeletedTs(), true);
    }

    private Optional<ChatEvent> inThread(String channel, String user, String thread, String ts, boolean deleted) {
        if (thread == null || thread.equals(ts)) {
            log.debug("change of {} not translated: not a thread reply", ts);
            return Optional.empty();
        }
        return Optional.of(new ChatEvent.Changed(users.user(user), SlackRefs.message(channel, thread, ts), deleted));
    }
}
