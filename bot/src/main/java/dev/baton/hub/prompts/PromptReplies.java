package dev.baton.hub.prompts;

import dev.baton.protocol.session.Decision;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads an answer from a thread reply: {@code 1}/{@code 2}, {@code yes}, {@code no}, {@code always}, {@code deny: reason}. */
final class PromptReplies {
    record Answer(Decision decision, String message) {}

    private PromptReplies() {}

    static Optional<Answer> parse(String text, List<String> options) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("deny:") || lower.startsWith("no:")) {
            return Optional.of(new Answer(Decision.DENY, t.substring(t.indexOf(':') + 1).strip()));
        }
        return switch (lower.replaceAll("[.!]+$", "")) {
            case "yes", "y", "approve", "ok", "allow" -> Optional.of(new Answer(Decision.ALLOW_ONCE, ""));
            case "always", "yes always", "approve always" -> Optional.of(new Answer(Decision.ALLOW_ALWAYS, ""));
            case "no", "n", "deny" -> Optional.of(new Answer(Decision.DENY, ""));
            default -> lower.matches("\\d") ? byNumber(Integer.parseInt(lower), options) : Optional.empty();
        };
    }

    private static Optional<Answer> byNumber(int n, List<String> options) {
        if (options.isEmpty()) {
            return n == 1 ? Optional.of(new Answer(Decision.ALLOW_ONCE, "")) : n == 2
                    ? Optional.of(new Answer(Decision.DENY, "")) : Optional.empty();
        }
        if (n < 1 || n > options.size()) {
            return Optional.empty();
        }
        String o = options.get(n - 1).toLowerCase(Locale.ROOT).replaceFirst("^\\d+\\.\\s*", "");
        if (o.startsWith("no")) {
            return Optional.of(new Answer(Decision.DENY, ""));
        }
        if (o.contains("auto mode")) {
            return Optional.empty(); // switching the agent's permission mode is not an answer chat can give
        }
        if (o.startsWith("yes")) {
            boolean always = o.contains("always") || o.contains("don't ask");
            return Optional.of(new Answer(always ? Decision.ALLOW_ALWAYS : Decision.ALLOW_ONCE, ""));
        }
        return Optional.empty();
    }
}
