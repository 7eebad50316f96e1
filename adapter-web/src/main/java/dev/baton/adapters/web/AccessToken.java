package dev.baton.adapters.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared access token. Presented tokens are hashed first so that the comparison is constant-time whatever
 * their length; the token itself is never logged or returned.
 */
final class AccessToken {
    private final byte[] expected;

    AccessToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the web chat needs a non-blank access token");
        }
        this.expected = sha256(token);
    }

    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(expected, sha256(presented));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AccessToken[redacted]";
    }
}
