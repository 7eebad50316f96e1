package dev.baton.adapters.slack;

import java.util.Optional;

/**
 * Whether a message is an {@code /agent} command. In Slack a slash command carries no thread, so inside a thread a
 * plain message starting with {@code /agent} or {@code !agent} (after trimming and decoding) is the command form;
 * {@code /agents} or {@code !agentX} are not.
 */
final class CommandText {
    private CommandText() {}

    static Optional<String> of(String decoded) {
        String t = decoded.strip();
        for (String prefix : new String[] {"/agent", "!agent"}) {
            if (t.startsWith(prefix)) {
                String rest = t.substring(prefix.length());
                if (rest.isEmpty() || Character.isWhitespace(rest.charAt(0))) {
                    return Optional.of(rest.strip());
                }
            }
        }
        return Optional.empty();
    }
}
