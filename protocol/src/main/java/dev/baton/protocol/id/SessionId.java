package dev.baton.protocol.id;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A session's stable id, {@code s-} and 12 hex digits. Names can be reused later; ids never are. */
public record SessionId(String value) {
    private static final Pattern FORM = Pattern.compile("s-[0-9a-f]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public SessionId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a session id: " + value);
        }
    }

    /** The id in {@code text}; throws {@link IllegalArgumentException} if it is not one. */
    public static SessionId parse(String text) {
        return new SessionId(text);
    }

    public static SessionId random() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return new SessionId("s-" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
