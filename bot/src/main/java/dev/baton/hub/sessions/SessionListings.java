package dev.baton.hub.sessions;

import dev.baton.chat.Post;
import dev.baton.hub.access.Identities;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.protocol.session.Redaction;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What {@code /agent ls}, {@code /agent daemons} and {@code /agent transcript} show. Core thread. */
public final class SessionListings {
    private final SessionDirectory sessions;
    private final DaemonLinks daemons;
    private final HubStore store;
    private final java.util.function.Supplier<String> platforms;
    private final Identities identities;

    /**
     * {@code platforms}: one line per chat platform besides the web chat, e.g. {@code slack: connected};
     * {@code identities}: senders with a GitHub login read {@code name @login} in transcripts.
     */
    public SessionListings(SessionDirectory sessions, DaemonLinks daemons, HubStore store,
                           java.util.function.Supplier<String> platforms, Identities identities) {
        this.sessions = sessions;
        this.daemons = daemons;
        this.store = store;
        this.platforms = platforms;
        this.identities = identities;
    }

    /** {@code /agent transcript}: the goal and every turn, numbered, with who sent it (the hub's own record). */
    public Post transcript(HubSession s) {
        StringBuilder out = new StringBuilder();
        out.append("goal (").append(s.upForGrabs() ? "owner gone" : s.ownerName()).append("): ")
                .append(Redaction.redact(s.goal())).append('\n');
        for (var t : store.turns(s.id())) {
            out.append('#').append(t.number()).append(' ').append(identities.attributed(t.senderKey(), store.who(t.senderKey())))
                    .append(": ").append(Redaction.redact(t.text())).append('\n');
        }
        return new Post.Code("Transcript of " + s.name() + " (" + store.turns(s.id()).size() + " turns)", out.toString());
    }

    public Post list(String channelKey) {
        return list(channelKey, r -> true);
    }

    /** The sessions of a channel that {@code visible} lets the asker see. */
    public Post list(String channelKey, Predicate<HubSession> visible) {
        List<HubSession> rows = sessions.inChannel(channelKey).stream().filter(visible).toList();
        if (rows.isEmpty()) {
            return Post.Text.of("No sessions in this channel yet. Start one with /agent run PROMPT.");
        }
        StringBuilder out = new StringBuilder();
        for (HubSession r : rows) {
            out.append(String.format("%-24s %-8s %-12s %-10s %s%n", r.name(), r.agent(), r.stateWords(), r.daemon(),
                    r.attention().isEmpty() ? "-" : r.attention()));
        }
        return new Post.Code("Sessions in this channel (" + rows.size() + ")", out.toString());
    }

    /** The daemons, online or not, and below them any chat platform the hub speaks besides the web chat. */
    public Post daemons() {
        List<String> names = daemons.registered();
        String platformLines = platforms.get();
        if (names.isEmpty()) {
            return Post.Text.of("No daemons are registered. Register one with: bin/baton token add NAME"
                    + (platformLines.isEmpty() ? "" : "\n" + platformLines.strip()));
        }
        StringBuilder out = new StringBuilder();
        for (String n : names) {
            Optional<DaemonLink> link = daemons.link(n);
            out.append(String.format("%-16s %-8s %s%n", n, link.isPresent() ? "online" : "offline", link.isEmpty() ? ""
                    : "agents " + link.get().agents() + ", repos " + link.get().hello().repos()));
        }
        if (!platformLines.isEmpty()) {
            out.append('\n').append(platformLines);
        }
        return new Post.Code("Daemons", out.toString());
    }
}
