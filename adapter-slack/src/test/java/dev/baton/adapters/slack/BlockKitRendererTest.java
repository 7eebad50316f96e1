package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    void a_card_has_fields_mentions_buttons_and_a_footer() {
        Post.Card card = new Post.Card("Session demo", List.of(new Post.Field("State", "running & <ok>")),
                List.of(new Post.Button("Kill", "kill", "s1", Post.Style.DANGER)), "reply here",
                List.of(new ChatUser(Platform.SLACK, "U1", "ana"), new ChatUser(Platform.WEB, "bo", "bo")));
        Rendered r = renderer.render(card);
        assertEquals(5, r.blocks().size());
        SectionBlock fields = (SectionBlock) r.blocks().get(1);
        assertEquals("*State*\nrunning &amp; &lt;ok&gt;", fields.getFields().getFirst().getText());
        assertEquals("<@U1> @bo", ((SectionBlock) r.blocks().get(2)).getText().getText());
        ButtonElement kill = (ButtonElement) ((ActionsBlock) r.blocks().get(3)).getElements().getFirst();
        assertEquals("baton:kill", kill.getActionId());
        assertEquals("danger", kill.getStyle());
        assertEquals("s1", kill.getValue());
        assertTrue(r.text().contains("State: running &amp; &lt;ok&gt;"), r.text());
    }

    @Test
    void long_code_is_split_into_sections_within_slacks_limits_and_truncated_past_fifty_blocks() {
        Rendered r = renderer.render(new Post.Code("Screen", "&".repeat(10_000)));
        for (var b : r.blocks().subList(1, r.blocks().size())) {
            String text = ((SectionBlock) b).getText().getText();
            assertTrue(text.length() <= 3_000, "section of " + text.length());
            assertTrue(text.matches("```(&amp;)+```"), "no entity split across sections");
        }
        Rendered huge = renderer.render(new Post.Code("Log", "x".repeat(400_000)));
        assertEquals(50, huge.blocks().size());
    }

    @Test
    void chunks_never_split_a_surrogate_pair_or_an_entity() {
        List<String> parts = BlockKitRenderer.chunks("ab&amp;cd", 4);
        assertEquals("ab&amp;cd", String.join("", parts));
        assertTrue(parts.stream().noneMatch(p -> p.endsWith("&") || p.startsWith("amp;")), parts.toString());
        assertEquals(List.of("a", "😀", "b"), BlockKitRenderer.chunks("a😀b", 2));
    }
}
