package dev.baton.hub.page;

import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Action;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.store.HubSession;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.wire.WireMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The open pages of each session: their PTY stream is asked of the daemon while at least one is open (and again after
 * the daemon reconnects), the daemon's output is fanned out to them, and each is closed the moment its user loses
 * access or its link expires. Core thread.
 */
public final class PageViewers {
    private final SessionDirectory sessions;
    private final DaemonLinks daemons;
    private final AccessGuard guard;
    private final Clock clock;
    private final PageRedaction redaction;
    private final Map<SessionId, Set<Viewer>> viewers = new HashMap<>();

    /** {@code redaction}: masks secrets in the terminal stream, one stream per watched session. */
    public PageViewers(SessionDirectory sessions, DaemonLinks daemons, AccessGuard guard, PageRedaction redaction,
                       Clock clock) {
        this.redaction = redaction;
        this.sessions = sessions;
        this.daemons = daemons;
        this.guard = guard;
        this.clock = clock;
    }

    /** A page opened its live terminal; false if the daemon is offline (the stream starts when it is back). */
    boolean watch(HubSession s, Viewer viewer) {
        viewers.computeIfAbsent(s.id(), k -> new LinkedHashSet<>()).add(viewer);
        // Every new viewer asks for a fresh stream: its first frame repaints the screen for everyone.
        return daemons.sendNow(s.daemon(), new WireMessage.Watch(s.id(), true));
    }

    /** A page closed; the last one stops the stream. */
    void unwatch(SessionId session, Viewer v) {
        Set<Viewer> set = viewers.get(session);
        if (set != null && set.remove(v) && set.isEmpty()) {
            viewers.remove(session);
            redaction.forget(session);
            sessions.byId(session).ifPresent(s -> daemons.sendNow(s.daemon(), new WireMessage.Watch(s.id(), false)));
        }
    }

    /** PTY output from a daemon: to every open page of that session (or, with none, stop the stream). */
    public void output(WireMessage.PtyOutput o) {
        Optional<HubSession> session = sessions.byId(o.sessionId());
        Set<Viewer> set = session.map(s -> viewers.get(s.id())).orElse(null);
        if (set == null || set.isEmpty()) {
            redaction.forget(o.sessionId());
            session.ifPresent(s -> daemons.sendNow(s.daemon(), new WireMessage.Watch(s.id(), false)));
            return;
        }
        String json = Json.write(Json.object("type", "pty", "reset", o.reset(), "cols", o.cols(), "rows", o.rows(),
                "data", redaction.pty(o.sessionId(), o.reset(), o.data())));
        set.forEach(v -> v.send(json));
    }

    /** Re-checks every open page of a session; closes those that lost access. Returns how many were closed. */
    public int recheck(SessionId session) {
        Set<Viewer> set = viewers.get(session);
        Optional<HubSession> s = sessions.byId(session);
        if (set == null || s.isEmpty()) {
            return 0;
        }
        int closed = 0;
        for (Viewer v : List.copyOf(set)) {
            Optional<String> why = v.link().expired(clock.millis()) ? Optional.of("this link has expired")
                    : guard.refusal(Action.OPEN_PAGE, v.link().user(), s.get());
            if (why.isPresent()) {
                v.close(why.get());
                unwatch(session, v);
                closed++;
            }
        }
        return closed;
    }

    /** Every open page: closes those whose link expired or whose access went (a tick, a few times a minute). */
    public void recheckAll() {
        List.copyOf(viewers.keySet()).forEach(this::recheck);
    }

    /** A daemon (re)connected: its watched sessions stream again. */
    public void daemonUp(String daemon) {
        viewers.forEach((id, set) -> sessions.byId(id).filter(s -> s.daemon().equals(daemon) && !set.isEmpty())
                .ifPresent(s -> daemons.sendNow(daemon, new WireMessage.Watch(id, true))));
    }
}
