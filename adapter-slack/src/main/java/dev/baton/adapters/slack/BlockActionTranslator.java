package dev.baton.adapters.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.baton.chat.ChatEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one translator for button presses on the hub's cards ({@code action_id} {@code baton:<action>}). */
final class BlockActionTranslator {
    private static final Logger log = LoggerFactory.getLogger(BlockActionTranslator.class);
    private final SlackUserDirectory users;

    BlockActionTranslator(SlackUserDirectory users) {
        this.users = users;
    }

    Optional<ChatEvent> translate(BlockActionPayload p) {
        if (p.getActions() == null || p.getActions().isEmpty() || p.getContainer() == null || p.getChannel() == null) {
            log.debug("block action not translated: no action, container or channel");
            return Optional.empty();
        }
        BlockActionPayload.Action action = p.getActions().get(0);
        String ts = p.getContainer().getMessageTs();
        String thread = p.getMessage() != null && p.getMessage().getThreadTs() != null ? p.getMessage().getThreadTs()
                : p.getContainer().getThreadTs() != null ? p.getContainer().getThreadTs() : ts;
        String name = action.getActionId().substring(BlockKitRenderer.ACTION_PREFIX.length());
        return Optional.of(new ChatEvent.Button(users.user(p.getUser().getId()),
                SlackRefs.message(p.getChannel().getId(), thread, ts), name, action.getValue() == null ? "" : action.getValue()));
    }
}
