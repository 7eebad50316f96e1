package dev.baton.hub.sessions;

import dev.baton.hub.store.HubSession;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.recap.Recap;
import dev.baton.recap.RecapBuilder;
import dev.baton.recap.SessionFacts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A recap built at the hub from its copy of a session's stream ({@link SessionLog}), for when the daemon is offline:
 * the same {@link RecapBuilder} walk the daemon runs, with the changes of the latest turn-end diffstat snapshot, and
 * a heading that says what time it is as of and that the live screen, keys and files need the daemon. Core thread.
 */
public final class StoredRecap {
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private StoredRecap() {}

    /** The recap of what the hub kept of {@code s}'s stream; empty if it kept nothing. */
    public static Optional<Recap> of(SessionLog streams, HubSession s) {
        RecapBuilder.Walk walk = RecapBuilder.walk();
        SessionEvent.DiffstatTaken[] latest = new SessionEvent.DiffstatTaken[1];
        int[] events = new int[1];
        streams.forEach(s.id(), e -> {
            events[0]++;
            walk.add(e.event());
            if (e.event() instanceof SessionEvent.DiffstatTaken d) {
                latest[0] = d;
            }
        });
        if (events[0] == 0) {
            return Optional.empty();
        }
        return Optional.of(walk.recap(Optional.ofNullable(latest[0]).map(SessionFacts.Worktree::of), ""));
    }

    /** {@code heading}, said to be from the hub's copy as of {@code asOf}, with what needs the daemon. */
    public static String heading(String heading, Instant asOf, String daemon) {
        return heading + " (from the hub's copy, as of " + asOf(asOf) + "; daemon " + daemon
                + " is offline: the live screen, keys and files need it)";
    }

    public static String asOf(Instant at) {
        return AS_OF.format(at);
    }
}
