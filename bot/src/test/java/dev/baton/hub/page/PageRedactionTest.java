package dev.baton.hub.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.session.HeldSecrets;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session page's state, query answers and live terminal bytes are redacted without breaking their format. */
class PageRedactionTest {
    static final SessionId S1 = new SessionId("s-000000000001");
    static final SessionId S2 = new SessionId("s-000000000002");
    static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    final PageRedaction page = new PageRedaction(new HeldSecrets());

    @Test
    void terminal_bytes_are_masked_in_place_so_the_screen_keeps_its_layout() {
        byte[] chunk = ("\u001b[1;1H\u001b[32mexport GH=" + TOKEN + "\u001b[0m\r\nnext ✓ line\r\n").getBytes(StandardCharsets.UTF_8);
        String out = page.pty(S1, true, Base64.getEncoder().encodeToString(chunk));
        byte[] masked = Base64.getDecoder().decode(out);
        assertEquals(chunk.length, masked.length, "same byte count");
        String text = new String(masked, StandardCharsets.UTF_8);
        assertTrue(text.contains("export GH=" + "*".repeat(TOKEN.length()) + "\u001b[0m\r\nnext ✓ line"), text);
        String plain = Base64.getEncoder().encodeToString("no secrets ✓\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(plain, page.pty(S1, false, plain), "untouched chunks are passed through as they came");
    }

    @Test
    void json_answers_stay_json_and_text_answers_are_redacted() {
        String attention = Json.write(List.of(Map.of("message", "Bash: curl -H 'Authorization: Bearer abc' x",
                "detail", "-----BEGIN RSA PRIVATE KEY-----\nMIIE")));
        Object parsed = Json.parse(page.query(QueryKind.ATTENTION, attention));
        assertEquals(List.of(Map.of("message", "Bash: curl -H 'Authorization: [redacted]' x", "detail", "[redacted]")), parsed);
        assertEquals("+export T=[redacted]\n", page.query(QueryKind.DIFF, "+export T=" + TOKEN + "\n"));
        assertEquals("key [redacted]", page.query(new QueryKind.File("src/a.txt"), "key " + TOKEN));
    }

    @Test
    void the_page_state_tree_is_redacted_value_by_value() {
        Object out = page.tree(Map.of("turns", List.of(Map.of("sender", "ana", "text", "use " + TOKEN, "number", 3L))));
        assertEquals(Map.of("turns", List.of(Map.of("sender", "ana", "text", "use [redacted]", "number", 3L))), out);
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String text(String b64) {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.ISO_8859_1);
    }

    @Test
    void a_secret_split_across_two_pty_chunks_is_masked_on_both_sides() {
        String first = text(page.pty(S1, true, b64("$ export GH=" + TOKEN.substring(0, 9))));
        String second = text(page.pty(S1, false, b64(TOKEN.substring(9) + "\r\n$ ")));
        assertEquals("$ export GH=" + "*".repeat(9), first, "the start is masked before the rest arrives");
        assertEquals("*".repeat(TOKEN.length() - 9) + "\r\n$ ", second, "and the rest when it does");
        assertEquals(TOKEN.substring(9), text(page.pty(S2, false, b64(TOKEN.substring(9)))),
                "each session is its own stream");
    }

    @Test
    void the_hubs_own_secrets_are_masked_in_terminal_bytes_also_when_split_or_wrapped() {
        HeldSecrets held = new HeldSecrets();
        held.hold("web-token-in-no-known-format-42");
        PageRedaction withHeld = new PageRedaction(held);
        assertEquals("$ cat web.token\r\n" + "*".repeat(31) + "\r\n",
                text(withHeld.pty(S1, true, b64("$ cat web.token\r\nweb-token-in-no-known-format-42\r\n"))));
        String a = text(withHeld.pty(S1, false, b64("\u001b[5;1Hweb-token-in-")));
        String b = text(withHeld.pty(S1, false, b64("no-kno\u001b[6;1Hwn-format-42 ok")));
        assertEquals("\u001b[5;1H" + "*".repeat(13), a);
        assertEquals("******\u001b[6;1H************ ok", b, "a repaint's row start inside the value stays, the rest is masked");
    }
}
