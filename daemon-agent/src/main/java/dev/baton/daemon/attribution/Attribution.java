package dev.baton.daemon.attribution;

import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.CoAuthor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who contributed to a session since its last commit. The hub tells the daemon who a sender is ({@link #learn},
 * from the {@code co_author} of a turn, an answer or a start); the session says when they contributed: the
 * owner's prompt ({@link #prepare}), a delivered turn ({@code TurnDelivered}, whose sender is on the matching
 * {@code TurnQueued}) and an approval given from chat ({@code PromptAnswered}). Each puts the person on the
 * worktree's {@link CoAuthorList}. Called on the appending session's thread; safe across sessions.
 */
public final class Attribution {
    private static final Logger log = LoggerFactory.getLogger(Attribution.class);
    private static final int MAX_TURNS = 10_000;
    private final Map<String, CoAuthor> people = new ConcurrentHashMap<>();
    private final Map<String, String> turnSenders = new ConcurrentHashMap<>();
    private final Map<String, Path> worktrees = new ConcurrentHashMap<>();
    private final Function<String, Optional<Path>> worktreeOf;

    /** {@code worktreeOf}: a session id's worktree, if the session is known. */
    public Attribution(Function<String, Optional<Path>> worktreeOf) {
        this.worktreeOf = worktreeOf;
    }

    /** {@code sender} ({@code web:ana}) is {@code coAuthor} ({@code Name <email>}); an empty or bad value is ignored. */
    public void learn(String sender, String coAuthor) {
        CoAuthor.find(coAuthor).ifPresent(who -> people.put(sender, who));
    }

    /** The hub's word on who {@code sender} is on commits, if it knows. */
    public void learn(dev.baton.protocol.session.Sender sender, Optional<CoAuthor> coAuthor) {
        coAuthor.ifPresent(who -> people.put(sender.toString(), who));
    }

    public Optional<CoAuthor> who(String sender) {
        return Optional.ofNullable(people.get(sender));
    }

    /**
     * Sets up a new session's worktree: installs the commit hooks and credits the owner, whose prompt is the first
     * turn. A failure is logged and the session runs on without trailers.
     */
    public void prepare(String session, Path worktree, String owner) {
        try {
            CommitHooks.install(worktree);
            worktrees.put(session, worktree);
            credit(session, owner);
        } catch (IOException | RuntimeException e) {
            log.warn("session {}: commits will carry no Co-authored-by trailers: {}", session, e.getMessage());
        }
    }

    public void observe(EventRecord record) {
        String session = record.session().value();
        SessionEvent e = record.event();
        // Only four events matter here, so this is a chain of tests rather than a switch over every variant.
        if (e instanceof SessionEvent.TurnQueued q) {
            if (turnSenders.size() > MAX_TURNS) {
                turnSenders.clear();
            }
            turnSenders.put(q.turnId(), q.sender().toString());
        } else if (e instanceof SessionEvent.TurnDelivered d) {
            String sender = turnSenders.remove(d.turnId());
            if (sender != null) {
                credit(session, sender);
            }
        } else if (e instanceof SessionEvent.PromptAnswered a && a.decision().allows()) {
            credit(session, a.by().toString());
        }
    }

    private void credit(String session, String sender) {
        CoAuthor who = people.get(sender);
        if (who == null) {
            return;
        }
        Optional.ofNullable(worktrees.get(session)).or(() -> worktreeOf.apply(session)).flatMap(CoAuthorList::of).ifPresent(list -> {
            try {
                list.add(who);
            } catch (IOException e) {
                log.warn("cannot record {} as a co-author of session {}: {}", who.email(), session, e.getMessage());
            }
        });
    }
}
