package dev.baton.hub.sessions;

import dev.baton.hub.store.HubSessionRow;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.MirrorRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every session the hub knows, kept in memory and written through to {@code hub.db}. Core-thread only. */
public final class SessionDirectory {
    private final HubStore store;
    private final Map<String, HubSessionRow> byId = new LinkedHashMap<>();
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
    public List<MirrorRow> mirrorsOf(String sessionId) {
        return mirrors.values().stream().filter(m -> m.session().equals(sessionId)).toList();
    }

    public void put(HubSessionRow row) {
        store.putSession(row);
        byId.put(row.id(), row);
    }

    public Optional<HubSessionRow> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The session of a thread: its first thread or one of its mirrors. */
    public Optional<HubSessionRow> byThread(String threadKey) {
        MirrorRow m = mirrors.get(threadKey);
        if (m != null) {
            return byId(m.session());
        }
        return byId.values().stream().filter(r -> r.thread().equals(threadKey)).reduce((a, b) -> b);
    }

    /** The newest session with this name (names are unique among live sessions). */
    public Optional<HubSessionRow> byName(String name) {
        return byId.values().stream().filter(r -> r.name().equals(name)).reduce((a, b) -> b);
    }

    /**
     * Sessions, newest first, whose name, repo, branch, owner or goal contains {@code query} (case-insensitively), or
     * whose id is in {@code byTurns} (found by a turn).
     */
    public List<HubSessionRow> matching(String query, java.util.Set<String> byTurns) {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        List<HubSessionRow> out = new ArrayList<>();
        for (HubSessionRow r : byId.values()) {
            boolean found = byTurns.contains(r.id()) || java.util.stream.Stream.of(r.name(), r.repo(), r.branch(),
                    r.ownerName(), r.ownerKey(), r.prompt()).anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains(q));
            if (found) {
                out.addFirst(r);
            }
        }
        return out;
    }

    public boolean nameInUse(String name) {
        return byId.values().stream().anyMatch(r -> r.name().equals(name) && !r.ended());
    }

    public List<HubSessionRow> onDaemon(String daemon) {
        return byId.values().stream().filter(r -> r.daemon().equals(daemon)).toList();
    }

    /** Sessions with a thread (first or mirror) in {@code channelKey} (e.g. {@code web:general}). */
    public List<HubSessionRow> inChannel(String channelKey) {
        List<HubSessionRow> out = new ArrayList<>();
        for (HubSessionRow r : byId.values()) {
            if (r.thread().startsWith(channelKey + "/")
                    || mirrors.values().stream().anyMatch(m -> m.session().equals(r.id()) && m.thread().startsWith(channelKey + "/"))) {
                out.add(r);
            }
        }
        return out;
    }
}
