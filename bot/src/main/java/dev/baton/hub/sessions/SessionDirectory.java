package dev.baton.hub.sessions;

import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.MirrorRow;
import dev.baton.protocol.id.SessionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every session the hub knows, kept in memory and written through to {@code hub.db}. Core-thread only. */
public final class SessionDirectory {
    private final HubStore store;
    private final Map<SessionId, HubSession> byId = new LinkedHashMap<>();
    /** Mirror thread key → its binding. */
    private final Map<String, MirrorRow> mirrors = new LinkedHashMap<>();

    public SessionDirectory(HubStore store) {
        this.store = store;
        store.sessions().forEach(r -> byId.put(r.id(), r));
        store.mirroring().all().forEach(m -> mirrors.put(m.thread(), m));
    }

    public void addMirror(MirrorRow m) {
        store.mirroring().put(m);
        mirrors.put(m.thread(), m);
    }

    public void removeMirror(MirrorRow m) {
        store.mirroring().remove(m.session(), m.thread());
        mirrors.remove(m.thread());
    }

    /** The mirror bound to this thread, if it is one. */
    public Optional<MirrorRow> mirror(String threadKey) {
        return Optional.ofNullable(mirrors.get(threadKey));
    }

    /** A session's mirrors, oldest first. */
    public List<MirrorRow> mirrorsOf(SessionId session) {
        return mirrors.values().stream().filter(m -> m.session().equals(session.value())).toList();
    }

    public void put(HubSession row) {
        store.putSession(row);
        byId.put(row.id(), row);
    }

    public Optional<HubSession> byId(SessionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** By an id as text (from the wire or a button); empty for anything that is not a session id. */
    public Optional<HubSession> byId(String id) {
        try {
            return byId(new SessionId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The session of a thread: its first thread or one of its mirrors. */
    public Optional<HubSession> byThread(String threadKey) {
        MirrorRow m = mirrors.get(threadKey);
        if (m != null) {
            return byId(m.session());
        }
        return byId.values().stream().filter(r -> r.threadKey().equals(threadKey)).reduce((a, b) -> b);
    }

    /** The newest session with this name (names are unique among live sessions). */
    public Optional<HubSession> byName(String name) {
        return byId.values().stream().filter(r -> r.name().equals(name)).reduce((a, b) -> b);
    }

    /**
     * Sessions, newest first, whose name, repo, branch, owner or goal contains {@code query} (case-insensitively), or
     * whose id is in {@code byTurns} (found by a turn).
     */
    public List<HubSession> matching(String query, java.util.Set<String> byTurns) {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        List<HubSession> out = new ArrayList<>();
        for (HubSession r : byId.values()) {
            boolean found = byTurns.contains(r.id().value()) || java.util.stream.Stream.of(r.name(), r.repo(), r.branch(),
                    r.ownerName(), r.ownerKey(), r.goal()).anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains(q));
            if (found) {
                out.addFirst(r);
            }
        }
        return out;
    }

    public boolean nameInUse(String name) {
        return byId.values().stream().anyMatch(r -> r.name().equals(name) && !r.ended());
    }

    /** Every session the hub knows, oldest first. */
    public List<HubSession> all() {
        return List.copyOf(byId.values());
    }

    public List<HubSession> onDaemon(String daemon) {
        return byId.values().stream().filter(r -> r.daemon().equals(daemon)).toList();
    }

    /** Sessions with a thread (first or mirror) in {@code channelKey} (e.g. {@code web:general}). */
    public List<HubSession> inChannel(String channelKey) {
        List<HubSession> out = new ArrayList<>();
        for (HubSession r : byId.values()) {
            if (r.threadKey().startsWith(channelKey + "/")
                    || mirrors.values().stream().anyMatch(m -> m.session().equals(r.id().value()) && m.thread().startsWith(channelKey + "/"))) {
                out.add(r);
            }
        }
        return out;
    }
}
