package dev.baton.protocol.id;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A session's human name. It becomes part of a git branch ({@code baton/<name>}) and a folder name, so
 * it is restricted to lower-case letters, digits, dot, dash and underscore, and never starts with a dash
 * or a dot (no option injection, no traversal).
 */
public record SessionName(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    public SessionName {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why {@code value} is not a valid name, or empty if it is. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("a session name is required");
        }
        if (!FORM.matcher(value).matches() || value.contains("..") || value.endsWith(".lock")) {
            return Optional.of("invalid session name '" + printable(value) + "': use 1-63 lower-case letters,"
                    + " digits, '.', '-' or '_', starting with a letter or digit (e.g. fix-login)");
        }
        return Optional.empty();
    }

    private static String printable(String s) {
        return s.codePoints().limit(64)
                .collect(StringBuilder::new, (b, c) -> b.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c),
                        StringBuilder::append)
                .toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
