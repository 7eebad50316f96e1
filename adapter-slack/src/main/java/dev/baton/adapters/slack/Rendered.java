package dev.baton.adapters.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A post as Slack shows it: Block Kit blocks, and the plain text Slack uses for notifications and fallbacks. */
record Rendered(String text, List<LayoutBlock> blocks) {
    Rendered {
        blocks = List.copyOf(blocks);
    }
}
