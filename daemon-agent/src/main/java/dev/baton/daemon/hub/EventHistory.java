package dev.baton.daemon.hub;

import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * A session's history for the page, as a JSON list of event records: the newest {@code keep} events that a rule
 * shows, read page by page so a long session's events are never all held. The attention tab uses
 * {@code PageHistory.shown}, the Transcript tab {@code Conversation.shown}.
 */
final class EventHistory {
    private static final int PAGE = 2000;

    private EventHistory() {}

    static String json(StateStore store, SessionId session, Predicate<SessionEvent> shown, int keep) {
        store.flush();
        Deque<EventRecord> kept = new ArrayDeque<>();
        long after = 0;
        List<EventRecord> page;
        do {
            page = store.events(session, after, PAGE);
            for (EventRecord e : page) {
                after = e.seq();
                if (shown.test(e.event())) {
                    kept.addLast(e);
                    if (kept.size() > keep) {
                        kept.removeFirst();
                    }
                }
            }
        } while (page.size() == PAGE);
        List<Object> out = new ArrayList<>();
        kept.forEach(e -> out.add(EventJson.toMap(e)));
        return Json.write(out);
    }
}
