package dev.baton.adapters.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * The interactions Baton has acknowledged and may still answer: a slash command's deferred reply (answered by
 * editing it, then by follow-ups) and the latest button press per user and thread (for whispers, as ephemeral
 * follow-ups). Discord keeps an interaction token for 15 minutes; entries expire a little earlier, on the injected
 * {@link Ticker}. Bounded (Caffeine). Thread-safe.
 */
final class Interactions {
    static final Duration TOKEN_LIFE = Duration.ofMinutes(14);
    static final int MAX = 2_000;

    /** A deferred slash command: {@code answered} once its "thinking…" reply was replaced or removed. */
    static final class Deferred {
        final InteractionHook hook;
        volatile boolean answered;

        Deferred(InteractionHook hook) {
            this.hook = hook;
        }
    }

    private final Cache<String, Deferred> commands;
    private final Cache<String, Deferred> presses;

    Interactions(Ticker ticker) {
        this.commands = expiring(ticker);
        this.presses = expiring(ticker);
    }

    void command(String interactionId, InteractionHook hook) {
        commands.put(interactionId, new Deferred(hook));
    }

    Optional<Deferred> command(String interactionId) {
        return Optional.ofNullable(commands.getIfPresent(interactionId));
    }

    /** The latest interaction of {@code userId} in {@code threadKey} (a press, or a command there). */
    void press(String userId, String threadKey, InteractionHook hook) {
        presses.put(userId + "@" + threadKey, new Deferred(hook));
    }

    Optional<Deferred> press(String userId, String threadKey) {
        return Optional.ofNullable(presses.getIfPresent(userId + "@" + threadKey));
    }

    private static Cache<String, Deferred> expiring(Ticker ticker) {
        return Caffeine.newBuilder().maximumSize(MAX).expireAfterWrite(TOKEN_LIFE).ticker(ticker)
                .executor(Runnable::run).build();
    }
}
