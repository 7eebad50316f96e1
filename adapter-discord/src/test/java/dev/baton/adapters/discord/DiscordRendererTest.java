package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** Posts as JDA message data; JDA's own checks ({@link MessageEmbed#isSendable()}) judge the limits. */
class DiscordRendererTest {
    final DiscordRenderer renderer = new DiscordRenderer();

    @Test
    void a_recap_card_with_huge_texts_becomes_one_sendable_embed_summarised_at_word_boundaries() {
        String sentence = "the agent tried to rebuild the flaky integration suite and asked twice ";
        List<Post.Field> fields = new ArrayList<>();
        for (String label : List.of("Goal", "State", "Open prompt", "Owner", "Who drove it", "What changed",
                "What was tried", "Last message")) {
            fields.add(new Post.Field(label, sentence.repeat(40)));
        }
        Post.Card recap = new Post.Card("Recap of fix-login (asked by ana) " + sentence.repeat(10), fields, List.of(),
                "screen: agent screen fix-login · diff: agent diff fix-login",
                List.of(new ChatUser(Platform.DISCORD, "80351110224678912", "ana")));
        List<MessageCreateData> out = renderer.render(recap);
        assertEquals(1, out.size());
        MessageEmbed embed = out.getFirst().getEmbeds().getFirst();
        assertTrue(embed.isSendable(), "within Discord's limits: " + embed.getLength());
        assertTrue(embed.getLength() <= 6_000);
        assertEquals(8, embed.getFields().size());
        assertEquals("<@80351110224678912>", out.getFirst().getContent(), "the people it is for are mentioned");
        for (MessageEmbed.Field f : embed.getFields()) {
            assertTrue(f.getValue().length() <= 1_024);
            assertTrue(f.getValue().endsWith("asked twice…") || f.getValue().endsWith("…"), f.getValue());
            String body = f.getValue().substring(0, f.getValue().length() - 1);
            assertTrue(sentence.repeat(41).startsWith(body), "a whole-word prefix: " + body);
        }
    }

    @Test
    void card_buttons_carry_action_and_value_in_rows_of_five() {
        List<Post.Button> buttons = IntStream.range(0, 7).mapToObj(i -> new Post.Button("B" + i, "prompt",
                "p1|opt" + i, i == 0 ? Post.Style.PRIMARY : Post.Style.DEFAULT)).toList();
        MessageCreateData m = renderer.render(new Post.Card("Permission needed", List.of(), buttons, "")).getFirst();
        assertEquals(2, m.getComponents().size());
        List<String> ids = m.getComponentTree().findAll(Button.class).stream().map(Button::getCustomId).toList();
        assertEquals("baton|prompt|p1|opt0", ids.getFirst());
        assertEquals(7, ids.size());
    }

    @Test
    void a_button_id_longer_than_discord_allows_is_refused_clearly() {
        Post.Card c = new Post.Card("t", List.of(), List.of(new Post.Button("x", "a", "v".repeat(100),
                Post.Style.DEFAULT)), "");
        DiscordException e = assertThrows(DiscordException.class, () -> renderer.render(c));
        assertTrue(e.getMessage().contains("100-character custom id"), e.getMessage());
    }

    @Test
    void a_short_code_block_is_one_fenced_message_and_fences_inside_are_defused() {
        MessageCreateData m = renderer.render(new Post.Code("Screen of x", "a\n```\nb")).getFirst();
        assertEquals("**Screen of x**\n```\na\n``\u200b`\nb\n```", m.getContent());
    }

    @Test
    void text_mentions_discord_users_and_names_others() {
        MessageCreateData m = renderer.render(new Post.Text("your turn", List.of(
                new ChatUser(Platform.DISCORD, "80351110224678912", "ana"),
                new ChatUser(Platform.WEB, "bob", "bob")))).getFirst();
        assertEquals("<@80351110224678912> @bob your turn", m.getContent());
    }

    @Test
    void thread_names_fit_discords_100_characters() {
        String name = DiscordRenderer.threadName(new Post.Card("Session " + "x".repeat(200), List.of(), List.of(), ""));
        assertTrue(name.length() <= 100, name);
        assertEquals("screen-of-fix-login.txt", DiscordRenderer.fileName("Screen of fix-login"));
    }
}
