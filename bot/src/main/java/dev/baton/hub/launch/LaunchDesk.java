package dev.baton.hub.launch;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.LaunchForm;
import dev.baton.chat.LaunchOutcome;
import dev.baton.chat.Launcher;
import dev.baton.hub.commands.AgentCommand;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionNames;
import dev.baton.hub.sessions.SessionStarts;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.id.SessionName;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.wire.QueryKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The launch dialog's hub side ({@link Launcher}): builds the form from the online daemons, the channel's defaults
 * and the person's preferred daemon, asks the chosen daemon for the repo's branches, checks a submission field by
 * field (inline errors, never a silent failure) and starts the session in the channel through {@link SessionStarts}.
 * State is read on the core thread ({@code core}); callers get futures.
 */
public final class LaunchDesk implements Launcher {
    /** Branch queries are not about a session; the daemon ignores the id. */
    private static final SessionId NO_SESSION = new SessionId("s-000000000000");
    private static final Duration BRANCHES_WITHIN = Duration.ofSeconds(2);

    private final LaunchDefaults defaults;
    private final DaemonLinks daemons;
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final SessionStarts starts;
    private final HubStore store;
    private final String defaultVisibility;
    private final Executor core;

    public LaunchDesk(LaunchDefaults defaults, DaemonLinks daemons, SessionDirectory sessions, SessionThreads threads,
                      SessionStarts starts, HubStore store, String defaultVisibility, Executor core) {
        this.defaults = defaults;
        this.daemons = daemons;
        this.sessions = sessions;
        this.threads = threads;
        this.starts = starts;
        this.store = store;
        this.defaultVisibility = defaultVisibility;
        this.core = core;
    }

    @Override
    public CompletableFuture<LaunchForm> form(ChannelRef channel, ChatUser user, Map<String, String> chosen) {
        return withBranches(channel, user, chosen, false);
    }

    @Override
    public CompletableFuture<LaunchOutcome> submit(ChannelRef channel, ChatUser user, Map<String, String> values) {
        return withBranches(channel, user, values, true).thenComposeAsync(form -> {
            if (!form.errors().isEmpty()) {
                return CompletableFuture.completedFuture(new LaunchOutcome.Invalid(form));
            }
            return CompletableFuture.completedFuture(start(form, user));
        }, core);
    }

    /** The draft (core thread), then its branches from the daemon, then the form with what a submission lacks. */
    private CompletableFuture<LaunchForm> withBranches(ChannelRef channel, ChatUser user, Map<String, String> values,
                                                        boolean submitting) {
        return CompletableFuture.supplyAsync(() -> {
            LaunchDraft draft = LaunchDraft.of(channel, user, values, defaults, daemons, sessions, defaultVisibility);
            Map<String, String> more = submitting ? submissionErrors(draft) : Map.of();
            CompletableFuture<List<String>> branches = draft.canListBranches()
                    ? daemons.query(draft.daemon(), NO_SESSION, new QueryKind.Branches(draft.repo()), BRANCHES_WITHIN)
                            .map(f -> f.thenApply(r -> r.ok() ? names(r.text()) : List.<String>of())
                                    .exceptionally(e -> List.of()))
                            .orElse(CompletableFuture.completedFuture(List.of()))
                    : CompletableFuture.completedFuture(List.of());
            return branches.thenApply(list -> draft.form(list, branchError(draft, list, more)));
        }, core).thenCompose(f -> f);
    }

    private Map<String, String> submissionErrors(LaunchDraft draft) {
        Map<String, String> errors = new HashMap<>();
        if (draft.prompt().isBlank()) {
            errors.put(LaunchForm.PROMPT, "Say what the agent should do.");
        }
        String name = draft.name().isEmpty() ? SessionNames.fromPrompt(draft.prompt()) : draft.name();
        Optional<String> problem = draft.name().isEmpty() ? Optional.empty() : SessionName.problem(name);
        if (problem.isPresent()) {
            errors.put(LaunchForm.NAME, problem.get());
        } else if (!draft.prompt().isBlank() && sessions.nameInUse(name)) {
            errors.put(LaunchForm.NAME, "A session named '" + name + "' is already running; pick another name.");
        }
        return errors;
    }

    /** A branch typed or kept that the repo no longer has is an inline error; unknown branches (no answer) are not. */
    private static Map<String, String> branchError(LaunchDraft draft, List<String> branches, Map<String, String> more) {
        Map<String, String> errors = new HashMap<>(more);
        if (!draft.branch().isEmpty() && !branches.isEmpty() && !branches.contains(draft.branch())) {
            errors.put(LaunchForm.BRANCH, "Branch '" + draft.branch() + "' is not in " + draft.repo()
                    + " (it may have been deleted); pick one of the list.");
        }
        return errors;
    }

    /** Core thread: starts the checked form's session; a refusal at this point comes back as an error too. */
    private LaunchOutcome start(LaunchForm form, ChatUser user) {
        Map<String, String> v = form.values();
        String name = v.get(LaunchForm.NAME).isBlank() ? SessionNames.fromPrompt(v.get(LaunchForm.PROMPT))
                : v.get(LaunchForm.NAME);
        AgentCommand.Run run = new AgentCommand.Run(Optional.of(v.get(LaunchForm.AGENT)), Optional.of(v.get(LaunchForm.REPO)),
                Optional.of(v.get(LaunchForm.BRANCH)).filter(b -> !b.isBlank()), Optional.of(v.get(LaunchForm.DAEMON)),
                Optional.of(name), v.get(LaunchForm.PROMPT));
        ChatSurface surface = threads.surface(form.channel().platform())
                .orElseThrow(() -> new IllegalStateException("no chat platform " + form.channel().platform()));
        RefusalCatcher catcher = new RefusalCatcher(surface);
        starts.run(run, new ChatEvent.Command(user, form.channel(), Optional.empty(), "run " + run.prompt(), ""), catcher);
        Optional<HubSession> started = sessions.byName(name).filter(s -> !s.ended() && s.card().isPresent());
        if (catcher.refusal().isPresent() || started.isEmpty()) {
            return new LaunchOutcome.Invalid(withError(form, LaunchForm.DAEMON,
                    catcher.refusal().orElse("The session did not start.")));
        }
        store.access().putVisibility(started.get().id(), v.get(LaunchForm.VISIBILITY));
        return new LaunchOutcome.Started(name, started.get().card().get());
    }

    private static LaunchForm withError(LaunchForm form, String key, String error) {
        return new LaunchForm(form.channel(), form.fields().stream().map(f -> f.key().equals(key)
                ? new LaunchForm.Field(f.key(), f.label(), f.kind(), f.optional(), f.value(), f.options(), Optional.of(error))
                : f).toList());
    }

    private static List<String> names(String json) {
        return Json.parse(json) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
