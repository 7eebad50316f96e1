package dev.baton.hub.page;

import dev.baton.hub.access.AccessDecision;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Identities;
import dev.baton.hub.access.Role;
import dev.baton.hub.access.SessionAccess;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.prompts.PromptAnswers;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionLog;
import dev.baton.hub.sessions.StoredRecap;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.HubPrompt;
import dev.baton.hub.store.HubTurn;
import dev.baton.hub.turns.Pauses;
import dev.baton.hub.turns.TurnIntake;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.wire.WireMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The session page's requests, answered on the core thread (its {@code core} executor): every call is re-checked
 * against the access policy there, then read from the hub's records or passed to the feature that does it (turns,
 * keys, prompt answers, pause). The live terminal is {@link PageViewers}'.
 */
public final class PageRequests implements PageBackend {
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(15);
    private final Executor core;
    private final SessionDirectory sessions;
    private final HubStore store;
    private final AccessGuard guard;
    private final DaemonLinks daemons;
    private final TurnIntake turns;
    private final PromptAnswers prompts;
    private final Pauses pauses;
    private final PageViewers viewers;
    private final PageRedaction redaction;
    private final Clock clock;
    private final SessionLog streams;
    private final Identities identities;

    /** {@code identities}: senders with a GitHub login read {@code name @login} in the page's turns. */
    public PageRequests(Executor core, SessionDirectory sessions, HubStore store, AccessGuard guard, DaemonLinks daemons,
                        TurnIntake turns, PromptAnswers prompts, Pauses pauses, PageViewers viewers,
                        PageRedaction redaction, Clock clock, SessionLog streams, Identities identities) {
        this.streams = streams;
        this.identities = identities;
        this.core = core;
        this.sessions = sessions;
        this.store = store;
        this.guard = guard;
        this.daemons = daemons;
        this.turns = turns;
        this.prompts = prompts;
        this.pauses = pauses;
        this.viewers = viewers;
        this.redaction = redaction;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Map<String, Object>> state(PageLink link) {
        return onCore(() -> {
            HubSession s = allowed(link);
            Role role = guard.role(link.user(), s).orElseThrow();
            SessionAccess access = guard.of(s);
            List<Object> turnList = new ArrayList<>();
            for (HubTurn t : store.turns(s.id())) {
                turnList.add(Json.object("number", t.number(), "sender",
                        identities.attributed(t.senderKey(), store.who(t.senderKey())),
                        "text", t.text()));
            }
            Object prompt = store.openPrompts().stream().filter(p -> p.session().equals(s.id())).reduce((a, b) -> b)
                    .<Object>map(PageRequests::prompt).orElse(null);
            List<Object> shares = new ArrayList<>();
            access.shares().forEach(sh -> shares.add(Json.object("name", sh.userName(), "role", sh.role().wire())));
            Map<String, Object> session = Json.object("id", s.id().value(), "name", s.name(), "agent", s.agent(),
                    "repo", s.repo(), "branch", s.branch(), "base", s.baseBranch(), "state", s.stateWords(),
                    "attention", s.attention(), "owner", s.ownerName(), "daemon", s.daemon(),
                    "online", daemons.online(s.daemon()), "paused", pauses.paused(s.id()),
                    "mode", store.fact(s.id(), "mode").orElse(""));
            List<Object> audit = new ArrayList<>();
            store.access().audit(s.id()).forEach(a -> audit.add(Json.object("seq", a.seq(), "at", a.at(), "actor", a.actor(),
                    "action", a.action(), "outcome", a.outcome(), "reason", a.reason())));
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) redaction.tree(Json.object("session", session,
                    "you", Json.object("name", link.user().name(), "role", role.wire(),
                            "drive", role.drives(), "approve", role != Role.WATCHER),
                    "visibility", access.visibility().wire(), "shares", shares, "turns", turnList, "prompt", prompt,
                    "audit", audit, "expires_at", link.expiresAt()));
            return page;
        });
    }

    @Override
    public CompletableFuture<Optional<String>> act(PageLink link, PageAction action) {
        return onCore(() -> {
            HubSession s = session(link);
            return switch (action) {
                case PageAction.Turn t -> guard.refusal(Action.SEND_TURN, link.user(), s)
                        .or(() -> turns.fromPage(s, link.user(), t.text()));
                case PageAction.Keys k -> guard.refusal(Action.SEND_KEYS, link.user(), s)
                        .or(() -> keys(s, link, k.keys()));
                case PageAction.Answer a -> store.prompt(a.promptId()).filter(p -> p.session().equals(s.id())).isPresent()
                        ? prompts.fromPage(a.promptId(), link.user(), a.decision())
                        : Optional.of("that prompt is not this session's"); // a link acts on its own session only
                case PageAction.Pause p -> pauses.set(s, link.user(), p.paused());
            };
        });
    }

    private Optional<String> keys(HubSession s, PageLink link, List<String> keys) {
        if (keys.isEmpty() || keys.size() > 32 || keys.stream().anyMatch(k -> Key.parse(k).isEmpty())) {
            return Optional.of("unknown keys; keys are: " + Key.HELP);
        }
        boolean sent = daemons.sendNow(s.daemon(), new WireMessage.SendKeys(s.id(), keys,
                Identities.sender(link.user())));
        return sent ? Optional.empty() : Optional.of("daemon " + s.daemon() + " is offline; keys are not queued");
    }

    @Override
    public CompletableFuture<String> query(PageLink link, QueryKind kind) {
        return onCore(() -> {
            HubSession s = allowed(link);
            return daemons.query(s.daemon(), s.id(), kind, QUERY_TIMEOUT).or(() -> fromHubCopy(s, kind))
                    .orElseThrow(() -> new Refused(503, "daemon " + s.daemon() + " is offline; "
                            + (kind.equals(QueryKind.FILES) || kind instanceof QueryKind.File
                            || kind instanceof QueryKind.FileDiff || kind.equals(QueryKind.DIFF)
                            ? "the worktree's files need it; try again when it is back" : "try again when it is back")));
        }).thenCompose(f -> f).thenApply(r -> {
            if (!r.ok()) {
                throw new Refused(422, r.text());
            }
            return redaction.query(kind, r.text());
        });
    }

    /**
     * What the hub answers from its copy of the stream while the daemon is offline: the history, and the recap as of
     * the last event. The screen, the diff and the files are live: they need the daemon.
     */
    private Optional<CompletableFuture<WireMessage.QueryResult>> fromHubCopy(HubSession s, QueryKind kind) {
        Optional<String> text = switch (kind) {
            case QueryKind.Attention a -> Optional.of(streams.history(s.id()));
            case QueryKind.Transcript t -> Optional.of(streams.conversation(s.id()));
            case QueryKind.Recap r -> StoredRecap.of(streams, s).map(dev.baton.recap.RecapJson::write);
            case QueryKind.RecapProse r -> Optional.empty();
            case QueryKind.Screen x -> Optional.empty();
            case QueryKind.Diff d -> Optional.empty();
            case QueryKind.Diffstat d -> Optional.empty();
            case QueryKind.Files f -> Optional.empty();
            case QueryKind.File f -> Optional.empty();
            case QueryKind.FileDiff f -> Optional.empty();
            case QueryKind.Branches b -> Optional.empty();
        };
        return text.map(t -> CompletableFuture.completedFuture(new WireMessage.QueryResult("hub-copy", true, t)));
    }

    @Override
    public CompletableFuture<Optional<String>> watch(Viewer viewer) {
        return onCore(() -> {
            HubSession s = allowed(viewer.link());
            if (!viewers.watch(s, viewer)) {
                viewer.send(Json.write(Json.object("type", "note", "text", "daemon " + s.daemon()
                        + " is offline; the terminal resumes when it is back")));
            }
            return Optional.<String>empty();
        }).exceptionally(e -> Optional.of(e.getCause() instanceof Refused r ? r.getMessage() : String.valueOf(e.getMessage())));
    }

    @Override
    public void unwatch(Viewer viewer) {
        core.execute(() -> sessions.byId(viewer.link().sessionId()).ifPresent(s -> viewers.unwatch(s.id(), viewer)));
    }

    private HubSession session(PageLink link) {
        if (link.expired(clock.millis())) {
            throw new Refused(403, "this link has expired; ask for a new one with /agent link in the session's thread");
        }
        return sessions.byId(link.sessionId()).orElseThrow(() -> new Refused(404, "that session is unknown to this hub"));
    }

    private HubSession allowed(PageLink link) {
        HubSession s = session(link);
        AccessDecision d = guard.decide(Action.OPEN_PAGE, link.user(), s);
        if (d instanceof AccessDecision.Denied denied) {
            throw new Refused(403, denied.reason());
        }
        return s;
    }

    private static Map<String, Object> prompt(HubPrompt p) {
        return Json.object("id", p.id(), "tool", p.tool(), "detail", p.detail(), "question", p.question(),
                "options", p.options());
    }

    private <T> CompletableFuture<T> onCore(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        core.execute(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }
}
