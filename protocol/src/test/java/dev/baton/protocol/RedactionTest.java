package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.baton.protocol.session.Redaction;
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
}
