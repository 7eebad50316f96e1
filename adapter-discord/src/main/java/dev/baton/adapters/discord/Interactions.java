package dev.baton.adapters.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * The interactions Baton has acknowledged and may still answer: a slash command's deferred reply (answered by
 * editing it, then by follow-ups) and the latest button press per user and thread (for whispers, as ephemeral
 * follow-ups). Discord keeps an interaction token for 15 minutes; entries expire a little earlier. Bounded.
 */
final class Interactions {
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(14);
    private static final int MAX = 2_000;

    /** A deferred slash command: {@code answered} once its "thinking…" reply was replaced or removed. */
    static final class Deferred {
        final InteractionHook hook;
        final long until;
        boolean answered;

        Deferred(InteractionHook hook, long until) {
            this.hook = hook;
            this.until = until;
        }
    }

    private final Clock clock;
    private final Map<String, Deferred> commands = bounded();
    private final Map<String, Deferred> presses = bounded();

    Interactions(Clock clock) {
        this.clock = clock;
    }

    synchronized void command(String interactionId, InteractionHook hook) {
        commands.put(interactionId, new Deferred(hook, clock.millis() + TOKEN_LIFE.toMillis()));
    }

    synchronized Optional<Deferred> command(String interactionId) {
        return live(commands.get(interactionId));
    }

    /** The latest interaction of {@code userId} in {@code threadKey} (a press, or a command there). */
    synchronized void press(String userId, String threadKey, InteractionHook hook) {
        presses.put(userId + "@" + threadKey, new Deferred(hook, clock.millis() + TOKEN_LIFE.toMillis()));
    }

    synchronized Optional<Deferred> press(String userId, String threadKey) {
        return live(presses.get(userId + "@" + threadKey));
    }

    private Optional<Deferred> live(Deferred d) {
        return d == null || d.until < clock.millis() ? Optional.empty() : Optional.of(d);
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX;
            }
        };
    }
}
