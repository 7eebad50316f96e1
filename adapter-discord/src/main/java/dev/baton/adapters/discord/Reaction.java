package dev.baton.adapters.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/**
 * How a turn's acknowledgement shows: a reaction on the person's own message, the least noisy signal.
 * {@code queued …} is ⏳, {@code delivered} swaps it for ✅; anything else is 💬.
 */
record Reaction(Emoji emoji, boolean add) {
    static final Emoji QUEUED = Emoji.fromUnicode("\u23f3");
    static final Emoji DELIVERED = Emoji.fromUnicode("\u2705");
    static final Emoji OTHER = Emoji.fromUnicode("\ud83d\udcac");

    static List<Reaction> of(String status) {
        String s = status.strip();
        if (s.startsWith("queued")) {
            return List.of(new Reaction(QUEUED, true));
        }
        return s.equals("delivered") ? List.of(new Reaction(QUEUED, false), new Reaction(DELIVERED, true))
                : List.of(new Reaction(OTHER, true));
    }
}
