package dev.baton.hub.dashboard;

import dev.baton.chat.ChatUser;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Role;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.page.PageAddress;
import dev.baton.hub.page.PageBackend.Refused;
import dev.baton.hub.page.PageLink;
import dev.baton.hub.page.PageRedaction;
import dev.baton.hub.prompts.PromptAnswers;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.store.HubPrompt;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.protocol.json.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The dashboard's requests on the core thread: each session is shown only if the policy lets the link's user open
 * its page; those with an open prompt the user may answer come first. Answers go through {@link PromptAnswers} as the
 * page's do. Cost is the session's usage as the hub counted it, {@code null} (shown as a dash) before its first model request.
 */
public final class DashboardRequests implements DashboardBackend {
    private final Executor core;
    private final SessionDirectory sessions;
    private final HubStore store;
    private final AccessGuard guard;
    private final DaemonLinks daemons;
    private final PromptAnswers prompts;
    private final PageAddress address;
    private final PageRedaction redaction;
    private final Clock clock;
    private final Function<HubSession, Optional<Object>> cost;

    /** {@code cost}: a session's usage so far, if the hub knows it (empty shows a dash). */
    public DashboardRequests(Executor core, SessionDirectory sessions, HubStore store, AccessGuard guard,
                             DaemonLinks daemons, PromptAnswers prompts, PageAddress address, PageRedaction redaction,
                             Clock clock, Function<HubSession, Optional<Object>> cost) {
        this.core = core;
        this.sessions = sessions;
        this.store = store;
        this.guard = guard;
        this.daemons = daemons;
        this.prompts = prompts;
        this.address = address;
        this.redaction = redaction;
        this.clock = clock;
        this.cost = cost;
    }

    @Override
    public CompletableFuture<Map<String, Object>> view(PageLink link) {
        return onCore(() -> {
            ChatUser user = live(link);
            long now = clock.millis();
            Map<String, HubPrompt> open = new HashMap<>();
            store.openPrompts().forEach(p -> open.put(p.session().value(), p));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (HubSession s : sessions.all()) {
                if (!s.card().isPresent() || guard.refusal(Action.OPEN_PAGE, user, s).isPresent()) {
                    continue;
                }
                Role role = guard.role(user, s).orElse(Role.WATCHER);
                HubPrompt p = open.get(s.id().value());
                boolean approve = role != Role.WATCHER;
                rows.add(row(s, p, approve, user, now));
            }
            rows.sort(Comparator.comparing((Map<String, Object> r) -> !(Boolean) r.get("needs_me"))
                    .thenComparing(r -> (Boolean) r.get("ended"))
                    .thenComparing(r -> -((Number) r.get("created_at")).longValue()));
            @SuppressWarnings("unchecked")
            Map<String, Object> view = (Map<String, Object>) redaction.tree(Json.object(
                    "you", Json.object("name", user.name(), "key", user.key()),
                    "sessions", rows, "daemons", daemons(), "now", now, "expires_at", link.expiresAt()));
            return view;
        });
    }

    private Map<String, Object> row(HubSession s, HubPrompt p, boolean approve, ChatUser user, long now) {
        String thread = s.threadKey();
        Object prompt = p == null ? null : Json.object("id", p.id(), "tool", p.tool(), "detail", p.detail(),
                "question", p.question(), "options", p.options(), "opened_at", p.openedAt());
        return Json.object("id", s.id().value(), "name", s.name(), "agent", s.agent(), "repo", s.repo(),
                "branch", s.branch(), "state", s.stateWords(), "attention", s.attention(), "owner", s.ownerName(),
                "mine", s.ownerKey().equals(user.key()), "daemon", s.daemon(), "online", daemons.online(s.daemon()),
                "channel", thread.substring(0, Math.max(0, thread.lastIndexOf('/'))), "thread", thread,
                "thread_url", thread.startsWith("web:") ? address.base() + "/#" + thread : null,
                "page_url", address.linkFor(s.id(), user), "created_at", s.createdAt(),
                "age_s", Math.max(0, (now - s.createdAt()) / 1000), "ended", s.ended(),
                "cost", cost.apply(s).orElse(null), "prompt", prompt, "approve", approve,
                "needs_me", p != null && approve);
    }

    private List<Object> daemons() {
        List<Object> out = new ArrayList<>();
        for (String name : daemons.registered()) {
            Optional<DaemonLink> link = daemons.link(name).filter(DaemonLink::isOpen);
            long live = sessions.onDaemon(name).stream().filter(s -> !s.ended()).count();
            out.add(Json.object("name", name, "online", link.isPresent(), "since", daemons.since(name).orElse(null),
                    "host", link.map(l -> l.hello().host()).orElse(""),
                    "repos", link.map(l -> l.hello().repos()).orElse(List.of()),
                    "agents", link.map(DaemonLink::agents).orElse(List.of()),
                    "live", live, "capacity", link.map(l -> l.hello().capacity()).orElse(0),
                    "protocol", link.map(l -> l.hello().protocolVersion()).orElse(0)));
        }
        return out;
    }

    @Override
    public CompletableFuture<Optional<String>> answer(PageLink link, String promptId, String decision) {
        return onCore(() -> {
            ChatUser user = live(link);
            return prompts.fromPage(promptId, user, decision);
        });
    }

    private ChatUser live(PageLink link) {
        if (link.expired(clock.millis())) {
            throw new Refused(403, "this link has expired; ask for a new one with /agent dashboard");
        }
        return link.user();
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
