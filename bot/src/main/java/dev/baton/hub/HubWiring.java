package dev.baton.hub;

import dev.baton.chat.ChatSurface;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Identities;
import dev.baton.hub.budgets.BudgetRaises;
import dev.baton.hub.budgets.DailyBudgets;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.launch.LaunchDefaults;
import dev.baton.hub.launch.LaunchDesk;
import dev.baton.hub.launch.Launches;
import dev.baton.hub.page.LinkSigner;
import dev.baton.hub.page.PageAddress;
import dev.baton.hub.page.PageBackend;
import dev.baton.hub.page.PageRedaction;
import dev.baton.hub.page.PageRequests;
import dev.baton.hub.page.PageViewers;
import dev.baton.hub.page.Sharing;
import dev.baton.hub.prompts.PromptAnswers;
import dev.baton.hub.sessions.AgentVoice;
import dev.baton.hub.sessions.ChannelDetails;
import dev.baton.hub.sessions.CostReports;
import dev.baton.hub.sessions.Handoffs;
import dev.baton.hub.sessions.Mirrors;
import dev.baton.hub.sessions.Recall;
import dev.baton.hub.sessions.RecapPoster;
import dev.baton.hub.sessions.SessionControls;
import dev.baton.hub.sessions.SessionCosts;
import dev.baton.hub.sessions.UsageTotal;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionListings;
import dev.baton.hub.sessions.SessionLog;
import dev.baton.hub.sessions.SessionStarts;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.MirrorRow;
import dev.baton.hub.turns.Pauses;
import dev.baton.hub.turns.TurnIntake;
import dev.baton.hub.turns.TurnLimits;
import dev.baton.protocol.session.HeldSecrets;
import java.time.Clock;
import java.time.Duration;

/**
 * The hub core's objects, built with plain constructors in dependency order: the components that own state
 * ({@link DaemonLinks}, {@link SessionDirectory}, {@link SessionThreads}, {@link AccessGuard}, {@link PageViewers},
 * {@link Pauses}), the features on top of them, and the {@link HubRouter} that feeds them. {@link Hub} adds the
 * servers and the chat platforms; tests drive this directly with recording fakes.
 */
final class HubWiring implements AutoCloseable {
    final HubRouter router;
    final SessionThreads threads;
    final PageAddress address;
    final PageBackend page;
    final dev.baton.hub.dashboard.DashboardBackend dashboard;
    /** The launch dialog's hub side, for the adapters. */
    final dev.baton.chat.Launcher launcher;
    /** Whether Slack and Discord are reached, as their adapters report it (console, {@code /agent daemons}). */
    final ChatConnections connections;
    private final Duration tickEvery;

    /** {@code held}: the secrets this hub holds, redacted by value from every post and page. */
    HubWiring(HubStore store, Clock clock, Hub.Options options, LinkSigner signer, HeldSecrets held) {
        router = new HubRouter(held);
        connections = new ChatConnections(clock);
        DaemonLinks daemons = new DaemonLinks(store, clock);
        SessionDirectory sessions = new SessionDirectory(store);
        threads = new SessionThreads(sessions, daemons, store, held);
        Identities identities = new Identities(options.identities());
        AccessGuard guard = new AccessGuard(options.approvals(), options.access(), identities, store, daemons,
                id -> sessions.mirrorsOf(id).stream().map(MirrorRow::thread).toList());
        address = new PageAddress(signer, options.access().linkTtl(), options.access().baseUrl());
        PageRedaction redaction = new PageRedaction(held);
        PageViewers viewers = new PageViewers(sessions, daemons, guard, redaction, clock);
        SessionLog streams = new SessionLog(store.events(), clock, options.keepEventsDays());
        RecapPoster recaps = new RecapPoster(daemons, threads, store, streams);
        PromptAnswers prompts = new PromptAnswers(store, sessions, threads, guard, daemons, identities,
                options.approvals(), recaps, clock);
        TurnIntake turns = new TurnIntake(store, sessions, threads, daemons, identities,
                new TurnLimits(options.limits(), com.github.benmanes.caffeine.cache.Ticker.systemTicker()));
        Pauses pauses = new Pauses(guard, daemons, threads);
        SessionCosts costs = new SessionCosts(store);
        ChannelDetails details = ChannelDetails.from(options.channels());
        BudgetRaises budgets = new BudgetRaises(options.budgets(), guard, daemons, threads);
        DailyBudgets daily = new DailyBudgets(options.budgets(), options.approvals().approvers(), sessions, threads,
                pauses, costs, guard);
        page = new PageRequests(router, sessions, store, guard, daemons, turns, prompts, pauses, viewers, redaction,
                clock, streams, identities);
        // Cost: the session's usage as the hub counted it (a dash before its first model request).
        dashboard = new dev.baton.hub.dashboard.DashboardRequests(router, sessions, store, guard, daemons, prompts,
                address, redaction, clock, s -> java.util.Optional.of(costs.total(s.id()))
                        .filter(t -> !t.none()).map(UsageTotal::money));
        SessionStarts starts = new SessionStarts(sessions, threads, daemons, guard, identities, clock);
        LaunchDefaults launchDefaults = new LaunchDefaults(options.channels(), identities, daemons);
        Launches launches = new Launches(launchDefaults, starts);
        launcher = new LaunchDesk(launchDefaults, daemons, sessions, threads, starts, store,
                options.access().visibility(), router::execute);
        ChatEvents chat = new ChatEvents(new ChatEvents.Features(sessions, threads, guard, turns,
                starts, new SessionControls(daemons),
                new SessionListings(sessions, daemons, store, connections::describe, identities), prompts, recaps,
                new Handoffs(sessions, threads, guard, recaps), new Recall(sessions, store, guard),
                new Mirrors(sessions, threads, guard, clock), new Sharing(guard, store.access(), threads, address, viewers),
                pauses, new dev.baton.hub.dashboard.DashboardCommand(address), launches,
                new CostReports(sessions, costs, guard, store, clock), details, budgets, daily));
        SessionEvents events = new SessionEvents(sessions, threads, store, prompts, recaps, turns, pauses, streams,
                new AgentVoice(threads, details), costs, budgets, daily);
        router.routeTo(chat, new DaemonFrames(daemons, sessions, threads, events, viewers, streams), () -> {
            streams.tick();
            prompts.escalate(clock.millis());
            viewers.recheckAll();
        });
        tickEvery = Duration.ofMillis(Math.max(200, Math.min(15_000, options.approvals().escalateAfter().toMillis() / 4)));
    }

    /** A platform the hub posts to (wrapped once for redaction); its events go to the router. */
    ChatSurface platform(ChatSurface surface) {
        return threads.register(surface);
    }

    void start() {
        router.start(tickEvery);
    }

    @Override
    public void close() {
        router.close();
    }
}
