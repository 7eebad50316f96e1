package dev.baton.hub.store;

import java.util.List;

/** A permission prompt as the hub tracks it: its card, what it asks, and who answered how and when. */
public record PromptRow(String id, String session, String card, String hash, String tool, String detail,
                        String question, List<String> options, String state, String answeredBy, String decision,
                        long answeredAt, long openedAt, int pings) {
    public PromptRow {
        options = List.copyOf(options);
    }

    public boolean open() {
        return state.equals("open");
    }

    public PromptRow answered(String by, String how, long at) {
        return new PromptRow(id, session, card, hash, tool, detail, question, options, "answered", by, how, at, openedAt, pings);
    }

    public PromptRow pinged() {
        return new PromptRow(id, session, card, hash, tool, detail, question, options, state, answeredBy, decision,
                answeredAt, openedAt, pings + 1);
    }
}
