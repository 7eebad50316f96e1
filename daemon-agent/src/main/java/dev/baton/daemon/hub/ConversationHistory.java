package dev.baton.daemon.hub;

import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.Conversation;
import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the session page's Transcript tab shows ({@link Conversation}: both sides of the conversation in order), the
 * newest {@value #KEEP}, as a JSON list of event records.
 */
final class ConversationHistory {
    static final int KEEP = Conversation.KEEP;

    private ConversationHistory() {}

    static String json(StateStore store, SessionId session) {
        store.flush();
        Deque<EventRecord> kept = new ArrayDeque<>();
        long after = 0;
        List<EventRecord> page;
        do {
            page = store.events(session, after, 2000);
            for (EventRecord e : page) {
                after = e.seq();
                if (Conversation.shown(e.event())) {
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
