package dev.baton.protocol.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Why a session asks for attention. {@code agent emit --kind} takes one of these. */
public enum AttentionReason {
    PERMISSION, QUESTION, IDLE, FAILED, DONE, BUDGET, PROGRESS, BELL, NOTIFICATION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AttentionReason> parse(String s) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(s)).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(AttentionReason::wire).collect(Collectors.joining(", "));
    }
}
