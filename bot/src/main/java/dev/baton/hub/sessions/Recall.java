package dev.baton.hub.sessions;

import dev.baton.chat.Post;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import java.util.HashSet;
import java.util.List;

/**
 * {@code /agent recall WORDS}: the sessions the hub knows (ended ones too) that the asker may see whose name, repo, branch, owner, goal or
 * turns contain the words, newest first, each with where its thread is. Core thread.
 */
public final class Recall {
    static final int SHOWN = 10;
    private final SessionDirectory sessions;
    private final HubStore store;
    private final AccessGuard guard;

    public Recall(SessionDirectory sessions, HubStore store, AccessGuard guard) {
        this.sessions = sessions;
        this.store = store;
        this.guard = guard;
    }

    /** Only the sessions {@code asker} may see (the access policy, without auditing each non-match). */
    public Post find(String query, dev.baton.chat.ChatUser asker) {
        List<HubSession> found = sessions.matching(query, new HashSet<>(store.sessionsWithTurnsMatching(query)))
                .stream().filter(s -> guard.role(asker, s).isPresent()).toList();
        if (found.isEmpty()) {
            return Post.Text.of("No session mentions '" + query + "'.");
        }
        StringBuilder out = new StringBuilder();
        for (HubSession r : found.subList(0, Math.min(SHOWN, found.size()))) {
            out.append(String.format("%-24s %-12s %-12s %s%s  thread %s%n", r.name(), r.stateWords(),
                    r.upForGrabs() ? "(up for grabs)" : r.ownerName(), r.repo(),
                    r.branch().isEmpty() ? "" : "@" + r.branch(), r.threadKey()));
        }
        String more = found.size() > SHOWN ? ", newest " + SHOWN + " shown" : "";
        return new Post.Code("Sessions matching '" + query + "' (" + found.size() + more + "); /agent recap NAME opens one",
                out.toString());
    }
}
