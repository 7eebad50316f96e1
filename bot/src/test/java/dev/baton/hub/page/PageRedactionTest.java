package dev.baton.hub.page;

import dev.baton.protocol.wire.QueryKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session page's state, query answers and live terminal bytes are redacted without breaking their format. */
class PageRedactionTest {
    static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void terminal_bytes_are_masked_in_place_so_the_screen_keeps_its_layout() {
        byte[] chunk = ("\u001b[1;1H\u001b[32mexport GH=" + TOKEN + "\u001b[0m\r\nnext ✓ line\r\n").getBytes(StandardCharsets.UTF_8);
        String out = PageRedaction.pty(Base64.getEncoder().encodeToString(chunk));
        byte[] masked = Base64.getDecoder().decode(out);
        assertEquals(chunk.length, masked.length, "same byte count");
        String text = new String(masked, StandardCharsets.UTF_8);
        assertTrue(text.contains("export GH=" + "*".repeat(TOKEN.length()) + "\u001b[0m\r\nnext ✓ line"), text);
        String plain = Base64.getEncoder().encodeToString("no secrets ✓\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(plain, PageRedaction.pty(plain), "untouched chunks are passed through as they came");
    }

    @Test
    void json_answers_stay_json_and_text_answers_are_redacted() {
        String attention = Json.write(List.of(Map.of("message", "Bash: curl -H 'Authorization: Bearer abc' x",
                "detail", "-----BEGIN RSA PRIVATE KEY-----\nMIIE")));
        Object parsed = Json.parse(PageRedaction.query(QueryKind.ATTENTION, attention));
        assertEquals(List.of(Map.of("message", "Bash: curl -H 'Authorization: [redacted]' x", "detail", "[redacted]")), parsed);
        assertEquals("+export T=[redacted]\n", PageRedaction.query(QueryKind.DIFF, "+export T=" + TOKEN + "\n"));
        assertEquals("key [redacted]", PageRedaction.query(new QueryKind.File("src/a.txt"), "key " + TOKEN));
    }

    @Test
    void the_page_state_tree_is_redacted_value_by_value() {
        Object out = PageRedaction.tree(Map.of("turns", List.of(Map.of("sender", "ana", "text", "use " + TOKEN, "number", 3L))));
        assertEquals(Map.of("turns", List.of(Map.of("sender", "ana", "text", "use [redacted]", "number", 3L))), out);
    }
}
