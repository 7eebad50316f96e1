package dev.baton.protocol.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Why a session asks for attention. {@code agent emit --kind} takes one of these. */
public enum AttentionReason {
    PERMISSION, QUESTION, IDLE, FAILED, DONE, BUDGET, PROGRESS, BELL, NOTIFICATION;

    private static final AttentionReason[] ALL = values();
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    public static Optional<AttentionReason> parse(String s) {
        for (AttentionReason reason : ALL) {
            if (reason.wire.equals(s)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    public static String choices() {
        return Arrays.stream(values()).map(AttentionReason::wire).collect(Collectors.joining(", "));
    }
}
