package dev.baton.daemon.attention;

import dev.baton.protocol.session.Decision;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keystrokes that give a decision to a dialog on the screen, read from its options rather than assumed: a key
 * hint in parentheses ({@code (y)}, {@code (p)}, {@code (esc)}, Codex) or the option's number (Claude Code);
 * {@code y}/{@code n} and Enter for a plain {@code [y/N]} question.
 */
final class PromptKeys {
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)\\.");
    private static final Pattern HINT = Pattern.compile("\\((\\w+)\\)\\s*$");

    private PromptKeys() {}

    static byte[] forDecision(Decision decision, List<String> options) {
        if (options.isEmpty()) {
            return (decision.allows() ? "y\r" : "n\r").getBytes();
        }
        Optional<String> chosen = options.stream().filter(o -> matches(decision, o.toLowerCase(Locale.ROOT))).findFirst();
        if (chosen.isEmpty()) {
            return decision == Decision.DENY ? new byte[] {0x1b} : new byte[0];
        }
        Matcher hint = HINT.matcher(chosen.get());
        if (hint.find()) {
            String k = hint.group(1).toLowerCase(Locale.ROOT);
            return k.equals("esc") ? new byte[] {0x1b} : k.getBytes();
        }
        Matcher n = NUMBER.matcher(chosen.get());
        return n.find() ? n.group(1).getBytes() : new byte[0];
    }

    private static boolean matches(Decision d, String option) {
        String text = option.replaceFirst("^\\d+\\.\\s*", "");
        boolean always = text.contains("always") || text.contains("don't ask") || text.contains("do not ask");
        return switch (d) {
            case ALLOW_ONCE -> text.startsWith("yes") && !always && !text.contains("auto mode");
            case ALLOW_ALWAYS -> text.startsWith("yes") && always;
            case DENY -> text.startsWith("no");
            case ANSWERED -> false;
        };
    }
}
