package dev.baton.adapters.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.baton.chat.ChatEvent;
import java.util.Optional;

/**
 * The one translator for {@code /agent} slash commands: a {@link ChatEvent.Command} with no thread (Slack sends
 * none for slash commands) whose {@code replyTo} is the command's {@code response_url} (answers are ephemeral).
 */
final class SlashCommandTranslator {
    private final SlackUserDirectory users;
    private final SlackMarkup markup;

    SlashCommandTranslator(SlackUserDirectory users, SlackMarkup markup) {
        this.users = users;
        this.markup = markup;
    }

    ChatEvent.Command translate(SlashCommandPayload p) {
        return new ChatEvent.Command(users.user(p.getUserId()), SlackRefs.channel(p.getChannelId()), Optional.empty(),
                markup.decode(p.getText()).strip(), p.getResponseUrl());
    }
}
