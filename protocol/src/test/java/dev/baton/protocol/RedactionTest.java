package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.session.HeldSecrets;
import dev.baton.protocol.session.Redaction;
import dev.baton.protocol.session.StreamMask;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void slack_tokens_are_redacted() {
        assertEquals("token [redacted] here", Redaction.redact("token xoxb-1234567890-abcdefghij here"));
        assertEquals("[redacted]", Redaction.redact("xapp-1-A0123456-789-abcdef"));
    }

    @Test
    void github_tokens_are_redacted() {
        assertEquals("export T=[redacted]", Redaction.redact("export T=ghp_abcdefghijklmnopqrstuvwxyz0123456789"));
        assertEquals("[redacted]", Redaction.redact("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"));
    }

    @Test
    void aws_access_key_ids_are_redacted() {
        assertEquals("key=[redacted];", Redaction.redact("key=AKIAIOSFODNN7EXAMPLE;"));
    }

    @Test
    void private_key_blocks_are_redacted_whole() {
        String pem = "before\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\nmore\n-----END OPENSSH PRIVATE KEY-----\nafter";
        assertEquals("before\n[redacted]\nafter", Redaction.redact(pem));
    }

    @Test
    void authorization_header_values_are_redacted() {
        assertEquals("curl -H 'Authorization: [redacted]' https://x",
                Redaction.redact("curl -H 'Authorization: Bearer abc.def.ghi' https://x"));
        assertFalse(Redaction.redact("authorization:token123\nnext").contains("token123"));
        assertFalse(Redaction.redact("AUTHORIZATION: Basic dXNlcjpwYXNz").contains("dXNlcjpwYXNz"));
    }

    @Test
    void ordinary_text_is_left_alone() {
        String s = "git commit -m 'fix the xox parser' && echo ghp_short AKIA";
        assertEquals(s, Redaction.redact(s));
    }

    static final String DISCORD = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";
    static final String SLACK = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";

    @Test
    void a_discord_bot_token_is_redacted() {
        assertEquals("DISCORD_TOKEN=[redacted]", Redaction.redact("DISCORD_TOKEN=" + DISCORD));
    }

    @Test
    void values_the_process_holds_are_redacted_whatever_their_format() {
        HeldSecrets held = new HeldSecrets();
        held.hold("plain-words-as-a-secret");
        held.hold("short");
        assertEquals("x [redacted] y", Redaction.redact("x plain-words-as-a-secret y", held));
        assertEquals("x *********************** y", Redaction.mask("x plain-words-as-a-secret y", held));
        assertEquals("a short word", Redaction.redact("a short word", held), "values under 8 characters are not held");
        assertEquals("x plain-words-as-a-secret y", Redaction.redact("x plain-words-as-a-secret y"),
                "without the registry only patterns count");
    }

    @Test
    void a_token_wrapped_across_screen_rows_is_redacted_whole() {
        String row = "$ echo $SLACK_BOT_TOKEN ... " + SLACK.substring(0, 12);
        String screen = row + "\n" + SLACK.substring(12) + "\n$ " + " ".repeat(0) + "ls\n" + "x".repeat(10);
        assertEquals("$ echo $SLACK_BOT_TOKEN ... [redacted]\n$ ls\n" + "x".repeat(10), Redaction.redact(screen));
        HeldSecrets held = new HeldSecrets();
        held.hold("held-value-0123456789");
        assertEquals("row: [redacted] and on", Redaction.redact("row: held-val\nue-0123456789 and on", held),
                "a held value is found across any line break");
    }

    @Test
    void a_token_cut_by_a_repaints_row_start_is_masked() {
        String repaint = "\u001b[1;1H$ export T=" + SLACK.substring(0, 20) + "\u001b[2;1H" + SLACK.substring(20) + "\u001b[0m";
        String masked = Redaction.mask(repaint);
        assertEquals(repaint.length(), masked.length());
        assertFalse(masked.contains(SLACK.substring(20)), masked);
        assertFalse(masked.contains(SLACK.substring(0, 20)), masked);
        assertTrue(masked.contains("\u001b[2;1H"), "the cursor move stays: " + masked);
    }

    @Test
    void a_secret_cut_by_a_chunk_boundary_is_masked_on_both_sides() {
        StreamMask stream = new StreamMask(new HeldSecrets());
        String token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
        assertEquals("export T=*******", stream.next("export T=" + token.substring(0, 7), false),
                "the start of a token at a chunk's end is masked before the rest arrives");
        assertEquals("*".repeat(token.length() - 7) + "\r\n$ ", stream.next(token.substring(7) + "\r\n$ ", false));
        HeldSecrets held = new HeldSecrets();
        held.hold("Zy8.custom-Format_of+a/secret");
        StreamMask values = new StreamMask(held);
        assertEquals("v=" + "*".repeat(10), values.next("v=Zy8.custom", false));
        assertEquals("*".repeat(19) + " ok", values.next("-Format_of+a/secret ok", false));
        assertEquals("-Format_of+a/secret ok", values.next("-Format_of+a/secret ok", true), "a restart forgets the tail");
    }

    @Test
    void the_registry_keeps_each_value_once_longest_first() {
        HeldSecrets held = new HeldSecrets();
        held.hold("abcdefgh");
        held.hold("abcdefghijkl");
        held.hold("abcdefgh");
        held.hold(null);
        held.hold("        ");
        assertEquals(java.util.List.of("abcdefghijkl", "abcdefgh"), held.values());
    }
}
