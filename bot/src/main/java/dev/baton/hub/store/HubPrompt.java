package dev.baton.hub.store;

import dev.baton.protocol.id.SessionId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A permission prompt as the hub tracks it: its card in the session's first thread (empty until posted), what it
 * asks, the hash of the tool input an answer is bound to, when it opened and how often it was escalated, and once
 * answered who answered how and when. Only a {@link HubStore} maps it to columns.
 */
public record HubPrompt(String id, SessionId session, Optional<String> card, String inputHash, String tool,
                        String detail, String question, List<String> options, Optional<Answer> answer, long openedAt,
                        int pings) {
    /** Who answered, how ({@code approved once}, {@code answered at the terminal}, …) and when (epoch millis). */
    public record Answer(String by, String how, long at) {}

    public HubPrompt {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(answer, "answer");
        options = List.copyOf(options);
    }

    /** A prompt the daemon just reported: open, no card yet, never escalated. */
    public static HubPrompt opened(String id, SessionId session, String inputHash, String tool, String detail,
                                   String question, List<String> options, long at) {
        return new HubPrompt(id, session, Optional.empty(), inputHash, tool, detail, question, options, Optional.empty(),
                at, 0);
    }

    public boolean open() {
        return answer.isEmpty();
    }

    /** Whether its answer denied it. */
    public boolean denied() {
        return answer.filter(a -> a.how().equals("denied")).isPresent();
    }

    public HubPrompt withCard(String posted) {
        return new HubPrompt(id, session, Optional.of(posted), inputHash, tool, detail, question, options, answer,
                openedAt, pings);
    }

    public HubPrompt answered(String by, String how, long at) {
        return new HubPrompt(id, session, card, inputHash, tool, detail, question, options,
                Optional.of(new Answer(by, how, at)), openedAt, pings);
    }

    public HubPrompt pinged() {
        return new HubPrompt(id, session, card, inputHash, tool, detail, question, options, answer, openedAt, pings + 1);
    }
}
