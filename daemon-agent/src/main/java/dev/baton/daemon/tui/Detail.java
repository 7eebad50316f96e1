package dev.baton.daemon.tui;

import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the detail pane knows of one session, built from its events (its history, then the live feed, in any order
 * and with overlaps): the open prompt, the agent's last message, and its latest events as lines.
 */
final class Detail {
    static final int KEEP = 500;
    private static final String TURN_DONE = "finished its turn: ";
    private final TreeMap<Long, Map<String, Object>> events = new TreeMap<>();
    private OpenPrompt prompt;
    private String lastMessage = "";
    private boolean historyLoaded;

    /** A live event; events older than what is kept are ignored. */
    void apply(Map<String, Object> event) {
        long seq = seq(event);
        if (events.containsKey(seq)) {
            return;
        }
        if (!events.isEmpty() && seq < events.firstKey() && events.size() >= KEEP) {
            return;
        }
        boolean inOrder = events.isEmpty() || seq > events.lastKey();
        events.put(seq, event);
        if (inOrder) {
            follow(event);
        } else {
            replay();
        }
        trim();
    }

    /** The session's stored events, which may overlap what the feed brought. */
    void history(List<Map<String, Object>> stored) {
        stored.forEach(e -> events.putIfAbsent(seq(e), e));
        historyLoaded = true;
        replay();
        trim();
    }

    boolean historyLoaded() {
        return historyLoaded;
    }

    Optional<OpenPrompt> prompt() {
        return Optional.ofNullable(prompt);
    }

    String lastMessage() {
        return lastMessage;
    }

    /** The latest {@code n} events as readable lines, oldest first. */
    List<String> latest(int n) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> e : events.descendingMap().values()) {
            if (out.size() >= n) {
                break;
            }
            out.add(0, EventLine.of(e));
        }
        return out;
    }

    private void replay() {
        prompt = null;
        lastMessage = "";
        events.values().forEach(this::follow);
    }

    private void follow(Map<String, Object> raw) {
        EventRecord r;
        try {
            r = EventJson.fromMap(raw);
        } catch (RuntimeException e) {
            return; // an event type this CLI does not know (a newer daemon): shown as a line, otherwise ignored
        }
        // a projection of a few event types, not a handler of all: the others only show as lines
        SessionEvent e = r.event();
        if (e instanceof SessionEvent.PromptOpened p) {
            prompt = OpenPrompt.of(p);
        } else if (e instanceof SessionEvent.PromptAnswered a && prompt != null && prompt.id().equals(a.promptId())) {
            prompt = null;
        } else if (e instanceof SessionEvent.Attention a && a.reason() == AttentionReason.DONE
                && a.message().startsWith(TURN_DONE)) {
            lastMessage = a.message().substring(TURN_DONE.length());
        } else if (e instanceof SessionEvent.StateChanged s && s.to().isTerminal() || e instanceof SessionEvent.Exited) {
            prompt = null;
        }
    }

    private void trim() {
        while (events.size() > KEEP) {
            events.pollFirstEntry();
        }
    }

    private static long seq(Map<String, Object> e) {
        return e.get("seq") instanceof Number n ? n.longValue() : 0;
    }
}
