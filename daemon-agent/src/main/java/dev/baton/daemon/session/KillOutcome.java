package dev.baton.daemon.session;

import java.util.List;

/** What {@code agent kill} did: the final state, and with {@code --rm} what was saved and kept. */
public record KillOutcome(String state, Integer exitCode, List<String> notes) {
    public KillOutcome {
        notes = List.copyOf(notes);
    }
}
