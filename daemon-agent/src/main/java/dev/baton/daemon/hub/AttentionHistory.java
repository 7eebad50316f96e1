package dev.baton.daemon.hub;

import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.PageHistory;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the session page shows as its attention history ({@link PageHistory}: attention raised and cleared, prompts
 * opened and answered, state changes, audit notes, reported events, artifacts), the newest {@value #KEEP}, as a JSON
 * list of event records.
 */
final class AttentionHistory {
    static final int KEEP = PageHistory.KEEP;

    private AttentionHistory() {}

    static String json(StateStore store, SessionId session) {
        store.flush();
        Deque<EventRecord> kept = new ArrayDeque<>();
        long after = 0;
        List<EventRecord> page;
        do {
            page = store.events(session, after, 2000);
            for (EventRecord e : page) {
                after = e.seq();
                if (PageHistory.shown(e.event())) {
                    kept.addLast(e);
                    if (kept.size() > KEEP) {
                        kept.removeFirst();
                    }
                }
            }
        } while (page.size() == 2000);
        List<Object> out = new ArrayList<>();
        kept.forEach(e -> out.add(EventJson.toMap(e)));
        return Json.write(out);
    }
}
