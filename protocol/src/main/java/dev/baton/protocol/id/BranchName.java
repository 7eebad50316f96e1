package dev.baton.protocol.id;

import java.util.Optional;

/**
 * A git branch name a person typed ({@code --branch BASE}). It ends up in git's argv and in JGit ref lookups, so it
 * must be a plain branch name under the rules of {@code git check-ref-format --branch}, and stricter: no leading
 * {@code -} (option injection), no {@code ..} or leading {@code /} (traversal out of {@code refs/heads/}), no
 * {@code @{} (reflog syntax), no control characters, spaces or any of {@code ~^:?*[\}.
 */
public final class BranchName {
    private static final int MAX = 200;

    private BranchName() {}

    /** Why {@code value} is not an acceptable branch name, or empty if it is. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("a branch name is required");
        }
        String why = why(value);
        return why == null ? Optional.empty()
                : Optional.of("invalid branch name '" + printable(value) + "': " + why + " (e.g. main or feature/login)");
    }

    private static String why(String v) {
        if (v.length() > MAX) {
            return "longer than " + MAX + " characters";
        }
        if (v.startsWith("-")) {
            return "it starts with '-'";
        }
        if (v.equals("@") || v.equals("HEAD")) {
            return "it names a revision, not a branch";
        }
        if (v.contains("..")) {
            return "it contains '..'";
        }
        if (v.contains("@{")) {
            return "it contains '@{'";
        }
        if (v.contains("//") || v.startsWith("/") || v.endsWith("/")) {
            return "it has an empty path component";
        }
        if (v.endsWith(".") || v.endsWith(".lock")) {
            return "it ends with '.' or '.lock'";
        }
        for (String part : v.split("/")) {
            if (part.startsWith(".") || part.endsWith(".lock")) {
                return "a component starts with '.' or ends with '.lock'";
            }
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "it contains a control character";
            }
            if (" ~^:?*[\\".indexOf(c) >= 0) {
                return "it contains '" + c + "'";
            }
        }
        return null;
    }

    private static String printable(String s) {
        return s.codePoints().limit(64)
                .collect(StringBuilder::new, (b, c) -> b.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c),
                        StringBuilder::append)
                .toString();
    }
}
