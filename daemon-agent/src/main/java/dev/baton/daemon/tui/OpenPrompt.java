package dev.baton.daemon.tui;

import dev.baton.protocol.event.SessionEvent;
import java.util.List;

/** A session's open permission prompt, from its {@code prompt_opened} event: what answers must name. */
record OpenPrompt(String id, String layer, String tool, String detail, String question, List<String> options,
                  String inputHash) {
    static OpenPrompt of(SessionEvent.PromptOpened p) {
        return new OpenPrompt(p.promptId(), p.layer().name().toLowerCase(java.util.Locale.ROOT), p.tool(), p.detail(),
                p.question(), p.options(), p.inputHash());
    }
}
