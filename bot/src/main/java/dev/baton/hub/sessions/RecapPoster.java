package dev.baton.hub.sessions;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubTurn;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.recap.Recap;
import dev.baton.recap.RecapBuilder;
import dev.baton.recap.RecapJson;
import dev.baton.recap.SessionFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts recaps in a session's thread: on {@code /agent recap}, with a handoff, and when the session ends. The
 * daemon builds the recap from its events and worktree; when it is offline, the hub builds one from its copy of the
 * stream ({@link StoredRecap}: as of the last event, the changes of the last turn-end snapshot); when it has no copy
 * or the daemon does not answer, from what it knows (the goal, the owner, the turns, the state), saying the changes
 * are unknown.
 */
public final class RecapPoster {
    private static final Logger log = LoggerFactory.getLogger(RecapPoster.class);
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);
    /** The daemon enforces its own (configured, at most 600 s) prose timeout and then answers; this is a backstop. */
    static final Duration PROSE_WITHIN = Duration.ofSeconds(630);
    private final DaemonLinks daemons;
    private final SessionThreads threads;
    private final HubStore store;
    private final SessionLog streams;

    public RecapPoster(DaemonLinks daemons, SessionThreads threads, HubStore store, SessionLog streams) {
        this.streams = streams;
        this.daemons = daemons;
        this.threads = threads;
        this.store = store;
    }

    /** Asks for the recap of {@code s} (as it is now: its owner is the hub's) and posts it with {@code heading}. */
    public void post(HubSession s, String heading, List<ChatUser> mentions) {
        post(s, heading, mentions, p -> threads.say(s, p));
    }

    /**
     * Asks for the recap of {@code s} and hands its posts to {@code to} (e.g. an answer where it was asked). When
     * the daemon's config turns prose summaries on, the summary follows as its own post, labelled machine-written,
     * so the facts never wait for it.
     */
    public void post(HubSession s, String heading, List<ChatUser> mentions, java.util.function.Consumer<Post> to) {
        CompletableFuture<Optional<WireMessage.QueryResult>> facts = ask(s, QueryKind.RECAP, ANSWER_WITHIN);
        // asked together from the core thread (which owns the links); the daemon answers "off" at once if unwanted
        CompletableFuture<Optional<WireMessage.QueryResult>> prose = ask(s, QueryKind.RECAP_PROSE, PROSE_WITHIN);
        List<HubTurn> turns = store.turns(s.id());
        boolean offline = facts.isDone() && facts.join().isEmpty();
        Optional<Recap> stored = offline ? StoredRecap.of(streams, s) : Optional.empty();
        String storedHeading = stored.isEmpty() ? heading
                : StoredRecap.heading(heading, streams.lastAt(s.id()).orElseThrow(), s.daemon());
        Thread.ofVirtual().name("recap-" + s.name()).start(() -> {
            Optional<Recap> fromDaemon = facts.join().flatMap(r -> {
                if (!r.ok()) {
                    log.info("recap of {} from its daemon failed: {}", s.name(), r.text());
                    return Optional.empty();
                }
                return Optional.of(RecapJson.read(r.text()));
            });
            Recap recap = fromDaemon.or(() -> stored).orElseGet(() -> fromHub(s, turns))
                    .withOwner(s.upForGrabs() ? "" : s.ownerName());
            for (Post p : RecapPosts.render(fromDaemon.isEmpty() ? storedHeading : heading, recap, mentions)) {
                to.accept(p);
            }
            if (fromDaemon.isPresent()) {
                prose.join().filter(r -> !(!r.ok() && r.text().equals("off")))
                        .ifPresent(r -> to.accept(RecapPosts.prose(r.ok() ? RecapJson.read(r.text()).prose()
                                : Optional.of(Recap.Prose.failed("the agent's CLI", r.text())))));
            }
        });
    }

    /**
     * Sends a query to {@code s}'s daemon (core thread only); completes with its answer, or empty if it is offline
     * or too slow.
     */
    private CompletableFuture<Optional<WireMessage.QueryResult>> ask(HubSession s, QueryKind kind, Duration within) {
        Optional<CompletableFuture<WireMessage.QueryResult>> answer = daemons.query(s.daemon(), s.id(), kind, within);
        if (answer.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return answer.get().handle((r, e) -> {
            if (e != null) {
                log.info("{} of {}: the daemon did not answer within {} s", kind.wire(), s.name(), within.toSeconds());
            }
            return Optional.ofNullable(r);
        });
    }

    /** A recap from the hub's own records, for when the daemon cannot be asked. */
    public static Recap fromHub(HubSession s, List<HubTurn> turns) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new SessionEvent.Created(s.name(), s.agent(), s.repo(), s.baseBranch(), s.branch(), "", s.goal(),
                sender(s.ownerKey().isEmpty() ? "hub:unknown" : s.ownerKey(), s.ownerName())));
        for (HubTurn t : turns) {
            events.add(new SessionEvent.TurnQueued(t.id(), t.number(), sender(t.senderKey(), ""), t.text(), 0));
        }
        if (!s.startRefused()) { // "not started" was never a session state
            events.add(new SessionEvent.StateChanged(SessionState.STARTING, s.state(), "as last reported"));
        }
        return RecapBuilder.build(SessionFacts.eventsOnly(events));
    }

    /** A user key ({@code web:ana}) as a sender; the display name wins when known. */
    private static Sender sender(String key, String name) {
        int colon = key.indexOf(':');
        String user = !name.isBlank() ? name : key.substring(colon + 1);
        try {
            return new Sender(Sender.Surface.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)), user);
        } catch (IllegalArgumentException e) {
            return new Sender(Sender.Surface.HUB, user);
        }
    }
}
