package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackMarkupTest {
    private final SlackMarkup markup = new SlackMarkup(id -> Map.of("U123", "ana").getOrDefault(id, id));

    @Test
    void mentions_channels_and_specials_become_plain_names() {
        assertEquals("@ana and @U999", markup.decode("<@U123> and <@U999>"));
        assertEquals("@Ana L", markup.decode("<@U123|Ana L>"));
        assertEquals("#ops and #C77", markup.decode("<#C1|ops> and <#C77>"));
        assertEquals("@here @channel @backend", markup.decode("<!here> <!channel> <!subteam^S1|@backend>"));
        assertEquals("Tuesday", markup.decode("<!date^1392734382^{date}|Tuesday>"));
    }

    @Test
    void links_keep_their_text_and_their_target() {
        assertEquals("the doc (https://x.example/a?b=1&c=2)", markup.decode("<https://x.example/a?b=1&amp;c=2|the doc>"));
        assertEquals("https://x.example", markup.decode("<https://x.example>"));
        assertEquals("https://x.example", markup.decode("<https://x.example|https://x.example>"));
        assertEquals("ana@example.com", markup.decode("<mailto:ana@example.com|ana@example.com>"));
    }

    @Test
    void entities_are_decoded_once() {
        assertEquals("a & b < c > d &lt;", markup.decode("a &amp; b &lt; c &gt; d &amp;lt;"));
        assertEquals("if (a < b && c > d) {}", markup.decode("if (a &lt; b &amp;&amp; c &gt; d) {}"));
        assertEquals("", markup.decode(null));
    }

    @Test
    void what_we_post_is_escaped_for_slack() {
        assertEquals("a &amp; &lt;b&gt;", SlackMarkup.escape("a & <b>"));
    }
}
