package dev.baton.adapters.slack;

import java.util.List;

/**
 * How a turn's acknowledgement shows in Slack: as a reaction on the person's own message, the least noisy signal
 * (no extra message in the thread, no notification). {@code queued …} is ⏳, {@code delivered} swaps it for ✅;
 * anything else is 💬 (the hub says more in the thread when it matters, e.g. an offline daemon).
 */
enum AckReaction {
    QUEUED("hourglass_flowing_sand"),
    DELIVERED("white_check_mark"),
    OTHER("speech_balloon");

    final String emoji;

    AckReaction(String emoji) {
        this.emoji = emoji;
    }

    static AckReaction of(String status) {
        String s = status.strip();
        if (s.startsWith("queued")) {
            return QUEUED;
        }
        return s.equals("delivered") ? DELIVERED : OTHER;
    }

    /** The reaction calls that show this status on message {@code ts}, in order. */
    List<Outbound.Reaction> calls(String channel, String ts) {
        return switch (this) {
            case QUEUED, OTHER -> List.of(new Outbound.Reaction(channel, ts, emoji, true));
            case DELIVERED -> List.of(new Outbound.Reaction(channel, ts, QUEUED.emoji, false),
                    new Outbound.Reaction(channel, ts, emoji, true));
        };
    }
}
