package dev.baton.hub;

import dev.baton.hub.access.AccessDecision;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Role;
import dev.baton.hub.access.SessionAccess;
import dev.baton.hub.page.PageAction;
import dev.baton.hub.page.PageBackend;
import dev.baton.hub.page.PageLink;
import dev.baton.hub.page.Viewer;
import dev.baton.hub.store.HubSessionRow;
import dev.baton.hub.store.PromptRow;
import dev.baton.hub.store.TurnRow;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.wire.WireMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The hub core's side of the session page: every call is re-checked against the access policy on the core thread;
 * the open pages of each session are kept here, their PTY stream is asked of the daemon while at least one is open
 * (and again after the daemon reconnects), and they are closed the moment their user loses access or the link
 * expires.
 */
final class Pages implements PageBackend {
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(15);
    private final HubState state;
    private final Executor core;
    private final Turns turns;
    private final PromptAnswers prompts;
    private final Pauses pauses;
    private final Map<String, Set<Viewer>> viewers = new HashMap<>();
    private final PageRedaction redaction;

    Pages(HubState state, Executor core, PromptAnswers prompts, PageRedaction redaction) {
        this.state = state;
        this.redaction = redaction;
        this.core = core;
        this.turns = new Turns(state);
        this.prompts = prompts;
        this.pauses = new Pauses(state);
    }

    @Override
    public CompletableFuture<Map<String, Object>> state(PageLink link) {
        return onCore(() -> {
            HubSessionRow s = allowed(link);
            Role role = state.guard.role(link.user(), s).orElseThrow();
            SessionAccess access = state.guard.of(s);
            List<Object> turnList = new ArrayList<>();
            for (TurnRow t : state.store.turns(s.id())) {
                turnList.add(Json.object("number", t.number(), "sender", state.store.who(t.sender()),
                        "text", t.text()));
            }
            Object prompt = state.store.prompts(null).stream().filter(p -> p.session().equals(s.id())).reduce((a, b) -> b)
                    .<Object>map(Pages::prompt).orElse(null);
            List<Object> shares = new ArrayList<>();
            access.shares().forEach(sh -> shares.add(Json.object("name", sh.userName(), "role", sh.role().wire())));
            Map<String, Object> session = Json.object("id", s.id(), "name", s.name(), "agent", s.agent(),
                    "repo", s.repo(), "branch", s.branch(), "base", s.baseBranch(), "state", s.state(),
                    "attention", s.attention(), "owner", s.ownerName(), "daemon", s.daemon(),
                    "online", state.online(s.daemon()), "paused", state.paused.contains(s.id()),
                    "mode", state.store.fact(s.id(), "mode").orElse(""));
            List<Object> audit = new ArrayList<>();
            state.store.access().audit(s.id()).forEach(a -> audit.add(Json.object("seq", a.seq(), "at", a.at(), "actor", a.actor(),
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
            HubSessionRow s = session(link);
            return switch (action) {
                case PageAction.Turn t -> Access.refusal(state.guard.decide(Action.SEND_TURN, link.user(), s))
                        .or(() -> turns.fromPage(s, link.user(), t.text()));
                case PageAction.Keys k -> Access.refusal(state.guard.decide(Action.SEND_KEYS, link.user(), s))
                        .or(() -> keys(s, link, k.keys()));
                case PageAction.Answer a -> state.store.prompts(a.promptId()).stream().anyMatch(p -> p.session().equals(s.id()))
                        ? prompts.fromPage(a.promptId(), link.user(), a.decision())
                        : Optional.of("that prompt is not this session's"); // a link acts on its own session only
                case PageAction.Pause p -> pauses.set(s, link.user(), p.paused());
            };
        });
    }

    private Optional<String> keys(HubSessionRow s, PageLink link, List<String> keys) {
        if (keys.isEmpty() || keys.size() > 32 || keys.stream().anyMatch(k -> Key.parse(k).isEmpty())) {
            return Optional.of("unknown keys; keys are: " + Key.HELP);
        }
        boolean sent = state.sendNow(s.daemon(), new WireMessage.SendKeys(s.id(), keys,
                link.user().platform().wire() + ":" + link.user().name()));
        return sent ? Optional.empty() : Optional.of("daemon " + s.daemon() + " is offline; keys are not queued");
    }

    @Override
    public CompletableFuture<String> query(PageLink link, String kind) {
        return onCore(() -> {
            HubSessionRow s = allowed(link);
            String requestId = UUID.randomUUID().toString();
            CompletableFuture<WireMessage.QueryResult> answer = new CompletableFuture<>();
            state.queries.put(requestId, answer);
            if (!state.sendNow(s.daemon(), new WireMessage.Query(requestId, s.id(), kind))) {
                state.queries.remove(requestId);
                throw new Refused(503, "daemon " + s.daemon() + " is offline; try again when it is back");
            }
            return answer.orTimeout(QUERY_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                    .whenComplete((r, e) -> state.queries.remove(requestId));
        }).thenCompose(f -> f).thenApply(r -> {
            if (!r.ok()) {
                throw new Refused(422, r.text());
            }
            return redaction.query(kind, r.text());
        });
    }

    @Override
    public CompletableFuture<Optional<String>> watch(Viewer viewer) {
        return onCore(() -> {
            HubSessionRow s = allowed(viewer.link());
            Set<Viewer> set = viewers.computeIfAbsent(s.id(), k -> new LinkedHashSet<>());
            set.add(viewer);
            // Every new viewer asks for a fresh stream: its first frame repaints the screen for everyone.
            if (!state.sendNow(s.daemon(), new WireMessage.Watch(s.id(), true))) {
                viewer.send(Json.write(Json.object("type", "note", "text", "daemon " + s.daemon()
                        + " is offline; the terminal resumes when it is back")));
            }
            return Optional.<String>empty();
        }).exceptionally(e -> Optional.of(e.getCause() instanceof Refused r ? r.getMessage() : String.valueOf(e.getMessage())));
    }

    @Override
    public void unwatch(Viewer viewer) {
        core.execute(() -> remove(viewer.link().sessionId(), viewer));
    }

    /** PTY output from a daemon: to every open page of that session (or, with none, stop the stream). */
    void output(WireMessage.PtyOutput o) {
        Set<Viewer> set = viewers.get(o.sessionId());
        if (set == null || set.isEmpty()) {
            redaction.forget(o.sessionId());
            state.sessions.byId(o.sessionId()).ifPresent(s -> state.sendNow(s.daemon(), new WireMessage.Watch(s.id(), false)));
            return;
        }
        String json = Json.write(Json.object("type", "pty", "reset", o.reset(), "cols", o.cols(), "rows", o.rows(),
                "data", redaction.pty(o.sessionId(), o.reset(), o.data())));
        set.forEach(v -> v.send(json));
    }

    /** Re-checks every open page of a session; closes those that lost access. Returns how many were closed. */
    int recheck(String sessionId) {
        Set<Viewer> set = viewers.get(sessionId);
        Optional<HubSessionRow> s = state.sessions.byId(sessionId);
        if (set == null || s.isEmpty()) {
            return 0;
        }
        int closed = 0;
        for (Viewer v : List.copyOf(set)) {
            Optional<String> why = v.link().expired(state.clock.millis()) ? Optional.of("this link has expired")
                    : Access.refusal(state.guard.decide(Action.OPEN_PAGE, v.link().user(), s.get()));
            if (why.isPresent()) {
                v.close(why.get());
                remove(sessionId, v);
                closed++;
            }
        }
        return closed;
    }

    /** Every open page: closes those whose link expired or whose access went (a tick, a few times a minute). */
    void recheckAll() {
        List.copyOf(viewers.keySet()).forEach(this::recheck);
    }

    /** A daemon (re)connected: its watched sessions stream again. */
    void daemonUp(String daemon) {
        viewers.forEach((id, set) -> state.sessions.byId(id).filter(s -> s.daemon().equals(daemon) && !set.isEmpty())
                .ifPresent(s -> state.sendNow(daemon, new WireMessage.Watch(id, true))));
    }

    private void remove(String sessionId, Viewer v) {
        Set<Viewer> set = viewers.get(sessionId);
        if (set != null && set.remove(v) && set.isEmpty()) {
            viewers.remove(sessionId);
            redaction.forget(sessionId);
            state.sessions.byId(sessionId).ifPresent(s -> state.sendNow(s.daemon(), new WireMessage.Watch(s.id(), false)));
        }
    }

    private HubSessionRow session(PageLink link) {
        if (link.expired(state.clock.millis())) {
            throw new Refused(403, "this link has expired; ask for a new one with /agent link in the session's thread");
        }
        return state.sessions.byId(link.sessionId()).orElseThrow(() -> new Refused(404, "that session is unknown to this hub"));
    }

    private HubSessionRow allowed(PageLink link) {
        HubSessionRow s = session(link);
        AccessDecision d = state.guard.decide(Action.OPEN_PAGE, link.user(), s);
        if (d instanceof AccessDecision.Denied denied) {
            throw new Refused(403, denied.reason());
        }
        return s;
    }

    private static Map<String, Object> prompt(PromptRow p) {
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
