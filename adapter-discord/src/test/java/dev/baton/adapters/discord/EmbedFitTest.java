package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cards (status, prompts, recaps) within Discord's embed limits, summarised at word boundaries. */
class EmbedFitTest {
    @Test
    void a_small_card_is_unchanged() {
        EmbedFit.Embed e = EmbedFit.fit(new Post.Card("Recap of fix", List.of(new Post.Field("Goal", "fix it")),
                List.of(), "agent recap fix"));
        assertEquals("Recap of fix", e.title());
        assertEquals(List.of(new Post.Field("Goal", "fix it")), e.fields());
        assertEquals("agent recap fix", e.footer());
    }

    @Test
    void every_limit_holds_and_nothing_is_cut_mid_word() {
        String words = "lorem ipsum dolor sit amet ".repeat(400);
        List<Post.Field> fields = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> fields.add(new Post.Field("Field " + i + " " + words, words)));
        EmbedFit.Embed e = EmbedFit.fit(new Post.Card(words, fields, List.of(), words));
        assertTrue(e.title().length() <= EmbedFit.TITLE);
        assertTrue(e.footer().length() <= EmbedFit.FOOTER);
        assertEquals(EmbedFit.FIELDS, e.fields().size());
        assertEquals(new Post.Field("…", "and 16 more"), e.fields().getLast());
        assertTrue(e.length() <= EmbedFit.TOTAL, "total " + e.length());
        for (Post.Field f : e.fields().subList(0, EmbedFit.FIELDS - 1)) {
            assertTrue(f.label().length() <= EmbedFit.FIELD_NAME);
            assertTrue(f.value().length() <= EmbedFit.FIELD_VALUE);
            assertTrue(wholeWords(f.value()), f.value());
        }
        assertTrue(wholeWords(e.title()));
    }

    @Test
    void the_longest_value_gives_way_first() {
        String longText = "word ".repeat(200).strip();
        List<Post.Field> fields = new ArrayList<>();
        fields.add(new Post.Field("Goal", "short goal"));
        IntStream.range(0, 7).forEach(i -> fields.add(new Post.Field("Part " + i, longText)));
        EmbedFit.Embed e = EmbedFit.fit(new Post.Card("t", fields, List.of(), ""));
        assertTrue(e.length() <= EmbedFit.TOTAL);
        assertEquals("short goal", e.fields().getFirst().value());
    }

    @Test
    void blank_values_become_a_dash_because_discord_refuses_empty_fields() {
        EmbedFit.Embed e = EmbedFit.fit(new Post.Card("t", List.of(new Post.Field("Last message", "")), List.of(), ""));
        assertEquals("-", e.fields().getFirst().value());
    }

    /** Either the text is whole words, or it ends in an ellipsis right after a whole word. */
    private static boolean wholeWords(String s) {
        String body = s.endsWith("…") ? s.substring(0, s.length() - 1) : s;
        for (String w : body.strip().split("\\s+")) {
            if (!List.of("lorem", "ipsum", "dolor", "sit", "amet", "word").contains(w)) {
                return false;
            }
        }
        return true;
    }
}
