package dev.baton.hub.sessions;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/** A readable, unique-enough session name from a prompt: {@code fix-login-test-3fa2}. */
public final class SessionNames {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionNames() {}

    public static String fromPrompt(String prompt) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String w : prompt.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.isEmpty() || words == 3) {
                continue;
            }
            if (out.length() + w.length() > 30) {
                break;
            }
            out.append(out.isEmpty() ? "" : "-").append(w);
            words++;
        }
        byte[] b = new byte[2];
        RANDOM.nextBytes(b);
        return (out.isEmpty() ? "session" : out) + "-" + HexFormat.of().formatHex(b);
    }
}
