package dev.baton.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an adapter reaches its platform: {@link Connected}, {@link Connecting} (unreachable for now; the next
 * attempt is at {@code nextAttempt}, or, when an established connection dropped and the platform's SDK reconnects by
 * itself, whenever that SDK tries), or {@link Refused} (the platform said no to the credentials: retrying cannot
 * help). Adapters report it through a {@link ConnectionListener}; the hub shows it in {@code /agent daemons}.
 */
public sealed interface ConnectionStatus {
    record Connected() implements ConnectionStatus {}

    record Connecting(String reason, Optional<Instant> nextAttempt) implements ConnectionStatus {
        public Connecting {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(nextAttempt, "nextAttempt");
        }

        public Connecting(String reason, Instant nextAttempt) {
            this(reason, Optional.of(nextAttempt));
        }
    }

    record Refused(String reason) implements ConnectionStatus {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** One line for people: {@code connected}, {@code not connected (…), retrying in 8 s}, {@code refused (…)}. */
    default String describe(Instant now) {
        return switch (this) {
            case Connected c -> "connected";
            case Connecting c -> "not connected (" + c.reason() + "), " + c.nextAttempt()
                    .map(at -> "retrying " + inSeconds(Duration.between(now, at))).orElse("reconnecting");
            case Refused r -> "refused (" + r.reason() + "), not retrying";
        };
    }

    /** Same kind and reason (the next attempt's time aside): the console logs a line only when this changes. */
    default boolean sameAs(ConnectionStatus other) {
        return switch (this) {
            case Connected c -> other instanceof Connected;
            case Connecting c -> other instanceof Connecting o && o.reason().equals(c.reason());
            case Refused r -> other instanceof Refused o && o.reason().equals(r.reason());
        };
    }

    private static String inSeconds(Duration d) {
        long s = (Math.max(0, d.toMillis()) + 999) / 1000;
        return s == 0 ? "now" : "in " + s + " s";
    }
}
