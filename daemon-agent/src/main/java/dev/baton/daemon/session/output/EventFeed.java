package dev.baton.daemon.session.output;

import dev.baton.protocol.event.EventRecord;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every session's events, handed to the followers of all of them (the TUI's live feed) on the appending thread.
 * A follower's queue is bounded: one that falls behind is cut off, and no session ever waits for it.
 */
public final class EventFeed {
    private final List<Subscriber<EventRecord>> followers = new CopyOnWriteArrayList<>();

    public void offer(EventRecord record) {
        for (Subscriber<EventRecord> f : followers) {
            if (!f.offer(record)) {
                followers.remove(f);
            }
        }
    }

    /** Adds a follower; it receives every event appended from now on. */
    public void follow(Subscriber<EventRecord> sink) {
        followers.add(sink);
    }

    public void unfollow(Subscriber<EventRecord> sink) {
        followers.remove(sink);
    }

    /** Ends every follower's stream (the daemon stops). */
    public void endAll(String reason) {
        followers.forEach(f -> f.end(reason));
        followers.clear();
    }
}
