package dev.baton.adapters.web;

import java.util.Optional;
import java.util.regex.Pattern;

/** What the web chat accepts as a channel name, a user name and a message, with the sentence for each refusal. */
final class ChatLimits {
    static final int MAX_TEXT = 40_000;
    static final int MAX_USER = 64;
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private ChatLimits() {}

    static String channelName(Optional<String> name) {
        String n = name.map(String::strip).orElse("");
        if (!CHANNEL.matcher(n).matches()) {
            throw ApiProblem.badRequest("a channel name is 1-40 characters: lowercase letters, digits, '-' and '_',"
                    + " starting with a letter or digit (e.g. \"build-box\")");
        }
        return n;
    }

    static String userName(Optional<String> user) {
        String u = user.map(String::strip).orElse("");
        if (u.isEmpty()) {
            throw ApiProblem.badRequest("a user name is required: set \"your name\"");
        }
        if (u.codePointCount(0, u.length()) > MAX_USER || u.codePoints().anyMatch(ChatLimits::unprintable)) {
            throw ApiProblem.badRequest("a user name is 1-" + MAX_USER + " printable characters");
        }
        return u;
    }

    /** The text as typed (control characters included); refuses blank and over-long messages. */
    static String text(Optional<String> text) {
        String t = text.orElse("");
        if (t.isBlank()) {
            throw ApiProblem.badRequest("a message needs some text");
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_TEXT) {
            throw new ApiProblem(413, "message is " + length + " characters; the limit is " + MAX_TEXT);
        }
        return t;
    }

    private static boolean unprintable(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED;
    }
}
