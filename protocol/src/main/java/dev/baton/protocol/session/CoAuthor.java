package dev.baton.protocol.session;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person credited on commits with a {@code Co-authored-by: Name <email>} trailer. Built by the hub from
 * {@code [identities.*]}; checked again where it is written into a worktree, so a name can never carry a newline
 * (a forged trailer) or angle brackets into a commit message.
 */
public record CoAuthor(String name, String email) {
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>@,;\"]+@[^\\s<>@,;\"]+");

    public CoAuthor {
        if (name == null || name.isBlank() || name.length() > 100 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f
                || c == '<' || c == '>')) {
            throw new IllegalArgumentException("a co-author needs a name of 1-100 printable characters without < or >");
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        name = name.strip();
    }

    /** Reads {@code Name <email>}; empty for anything else (including the empty string: nobody to credit). */
    public static Optional<CoAuthor> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int lt = text.lastIndexOf('<');
        if (lt <= 0 || !text.endsWith(">")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CoAuthor(text.substring(0, lt), text.substring(lt + 1, text.length() - 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads {@code Name <email>} (how the wire carries it); throws {@link IllegalArgumentException} for anything else. */
    public static CoAuthor parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("not a co-author (Name <email>): " + text));
    }

    /** {@code Name <email>}: the trailer's value. */
    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
