package dev.baton.hub;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.Post;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Role;
import dev.baton.hub.commands.AgentCommand;
import dev.baton.hub.commands.CommandParser;
import dev.baton.hub.dashboard.DashboardCommand;
import dev.baton.hub.page.Sharing;
import dev.baton.hub.prompts.PromptAnswers;
import dev.baton.hub.sessions.ChannelDetails;
import dev.baton.hub.sessions.CostReports;
import dev.baton.hub.sessions.Detail;
import dev.baton.hub.sessions.Handoffs;
import dev.baton.hub.sessions.Mirrors;
import dev.baton.hub.sessions.Recall;
import dev.baton.hub.sessions.RecapPoster;
import dev.baton.hub.sessions.SessionControls;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionListings;
import dev.baton.hub.launch.Launches;
import dev.baton.hub.sessions.SessionStarts;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.turns.Pauses;
import dev.baton.hub.turns.TurnIntake;
import dev.baton.hub.store.HubSession;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat events, routed to the feature that handles them: {@code /agent} commands (each checked in the session's
 * thread and against the access policy first), replies in session threads (prompt answers or turns), and card
 * buttons. Core thread.
 */
final class ChatEvents {
    /** What the commands reach: sessions and where they show, and the features behind the commands. */
    record Features(SessionDirectory sessions, SessionThreads threads, AccessGuard guard, TurnIntake turns,
                    SessionStarts starts, SessionControls controls, SessionListings listings, PromptAnswers prompts,
                    RecapPoster recaps, Handoffs handoffs, Recall recall, Mirrors mirrors, Sharing sharing,
                    Pauses pauses, DashboardCommand dashboard, Launches launches, CostReports costs,
                    ChannelDetails details, dev.baton.hub.budgets.BudgetRaises budgets,
                    dev.baton.hub.budgets.DailyBudgets daily) {}

    private static final Logger log = LoggerFactory.getLogger(ChatEvents.class);
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final dev.baton.hub.budgets.BudgetRaises budgets;
    private final dev.baton.hub.budgets.DailyBudgets daily;
    private final AccessGuard guard;
    private final TurnIntake turns;
    private final SessionStarts starts;
    private final SessionControls commands;
    private final SessionListings listings;
    private final PromptAnswers prompts;
    private final RecapPoster recaps;
    private final Handoffs handoffs;
    private final Recall recall;
    private final Mirrors mirrors;
    private final Sharing sharing;
    private final Pauses pauses;
    private final DashboardCommand dashboard;
    private final Launches launches;
    private final CostReports costs;
    private final ChannelDetails details;

    ChatEvents(Features f) {
        this.sessions = f.sessions();
        this.threads = f.threads();
        this.guard = f.guard();
        this.turns = f.turns();
        this.starts = f.starts();
        this.commands = f.controls();
        this.listings = f.listings();
        this.prompts = f.prompts();
        this.recaps = f.recaps();
        this.handoffs = f.handoffs();
        this.recall = f.recall();
        this.mirrors = f.mirrors();
        this.launches = f.launches();
        this.sharing = f.sharing();
        this.pauses = f.pauses();
        this.dashboard = f.dashboard();
        this.costs = f.costs();
        this.details = f.details();
        this.budgets = f.budgets();
        this.daily = f.daily();
    }

    void handle(ChatEvent event, ChatSurface from) {
        threads.register(from);
        switch (event) {
            case ChatEvent.Command c -> {
                try {
                    command(c, from);
                } finally {
                    from.commandDone(c);
                }
            }
            case ChatEvent.Reply r -> {
                Optional<HubSession> session = sessions.byThread(r.message().thread().key());
                if (session.isEmpty()) {
                    log.debug("reply in {} ignored: not a session thread", r.message().thread().key());
                    return;
                }
                boolean aside = r.text().strip().startsWith("!aside");
                if (!aside && !session.get().ended() && prompts.reply(r, session.get(), from)) {
                    return;
                }
                if (!aside && !permitted(Action.SEND_TURN, r.user(), session.get(),
                        why -> from.whisper(r.user(), r.message().thread(), Post.Text.of("Sorry " + r.user().name() + ", "
                                + why + ". That message was not sent to the agent.")))) {
                    return;
                }
                turns.reply(r, session.get(), from);
            }
            case ChatEvent.Button b when b.action().equals("prompt") -> prompts.press(b, from);
            case ChatEvent.Button b when b.action().equals(dev.baton.hub.budgets.DailyBudgets.RAISE) -> daily.press(b, from);
            case ChatEvent.Button b -> {
                Optional<HubSession> session = sessions.byId(b.value());
                if (session.isEmpty()) {
                    from.reply(b.message().thread(), Post.Text.of("That session is unknown to this hub."));
                    return;
                }
                java.util.function.Consumer<String> refuse = why -> from.whisper(b.user(), b.message().thread(),
                        Post.Text.of("Sorry " + b.user().name() + ", " + why + "."));
                switch (b.action()) {
                    case "screen" -> {
                        if (permitted(Action.OPEN_PAGE, b.user(), session.get(), refuse)) {
                            commands.screen(session.get(), b.message().thread(), from);
                        }
                    }
                    case "diff" -> {
                        if (permitted(Action.OPEN_PAGE, b.user(), session.get(), refuse)) {
                            commands.diff(session.get(), b.message().thread(), from);
                        }
                    }
                    case dev.baton.hub.budgets.BudgetCard.RAISE -> budgets.raise(session.get(), b.user(),
                            b.message().thread(), from);
                    case "kill" -> {
                        if (permitted(Action.KILL, b.user(), session.get(), refuse)) {
                            commands.kill(session.get(), false, b.user(), b.message().thread(), from);
                        }
                    }
                    default -> from.reply(b.message().thread(), Post.Text.of("Unknown button '" + b.action() + "'."));
                }
            }
            case ChatEvent.Left l -> handoffs.ownerLeft(l.user(), l.channel());
            case ChatEvent.Changed c -> {
                if (sessions.byThread(c.message().thread().key()).isPresent()) {
                    from.reply(c.message().thread(), Post.Text.of("Note: " + (c.deleted() ? "deleting" : "editing")
                            + " a message does not change what the agent already received."));
                }
            }
        }
    }

    private void command(ChatEvent.Command c, ChatSurface from) {
        Optional<HubSession> session = c.thread().flatMap(t -> sessions.byThread(t.key()));
        AgentCommand parsed = CommandParser.parse(c.text());
        switch (parsed) {
            case AgentCommand.Run run -> launches.run(run, c, from);
            case AgentCommand.Ls ls -> from.answer(c, listings.list(c.channel().key(),
                    s -> guard.role(c.user(), s).isPresent())); // what you may not see is not listed
            case AgentCommand.Daemons d -> from.answer(c, listings.daemons());
            case AgentCommand.Dashboard d -> dashboard.whisper(c, from);
            case AgentCommand.Cost k when session.isPresent() && k.equals(new AgentCommand.Cost(Optional.empty(),
                    Optional.empty(), Optional.empty())) -> guarded(Action.OPEN_PAGE, c, session, from,
                    s -> from.answer(c, costs.session(s)));
            case AgentCommand.Cost k -> {
                try {
                    from.answer(c, costs.totals(k, c.user()));
                } catch (IllegalArgumentException e) {
                    from.answer(c, Post.Text.of(e.getMessage()));
                }
            }
            case AgentCommand.Detail d when d.level().isEmpty() -> from.answer(c, Post.Text.of("Threads in this channel"
                    + " show the agent's side at detail " + details.of(c.channel().key()).word()
                    + " (quiet, normal or verbose: /agent detail LEVEL)."));
            case AgentCommand.Detail d -> {
                Detail level = Detail.parse(d.level().get()).orElseThrow();
                details.set(c.channel().key(), level);
                from.answer(c, Post.Text.of("Threads in this channel now show the agent's side at detail "
                        + level.word() + "."));
            }
            case AgentCommand.Help h -> from.answer(c, new Post.Code("/agent help", CommandParser.HELP));
            case AgentCommand.Invalid bad -> from.answer(c, Post.Text.of(bad.message()));
            case AgentCommand.Keys k -> guarded(Action.SEND_KEYS, c, session, from, s -> commands.keys(s, k.keys(), c.user(), c, from));
            case AgentCommand.Screen sc -> guarded(Action.OPEN_PAGE, c, session, from, s -> commands.screen(s, c.thread().orElseThrow(), from));
            case AgentCommand.Diff d -> guarded(Action.OPEN_PAGE, c, session, from, s -> commands.diff(s, c.thread().orElseThrow(), from));
            case AgentCommand.Recap r when r.name().isPresent() -> recapByName(r.name().get(), c, from);
            case AgentCommand.Recap r -> guarded(Action.OPEN_PAGE, c, session, from,
                    s -> recaps.post(s, "Recap of " + s.name() + " (asked by " + c.user().name() + ")", List.of()));
            case AgentCommand.Recall r -> from.answer(c, recall.find(r.query(), c.user()));
            case AgentCommand.Continue k -> starts.continueSession(k, c, from);
            case AgentCommand.Mirror m -> mirrors.mirror(m.name(), c, from);
            case AgentCommand.Unmirror u -> mirrors.unmirror(c, from);
            case AgentCommand.Transcript t when t.name().isPresent() -> sessions.byName(t.name().get()).ifPresentOrElse(
                    s -> {
                        if (permitted(Action.OPEN_PAGE, c.user(), s, why -> from.answer(c, Post.Text.of("Sorry "
                                + c.user().name() + ", " + why + ".")))) {
                            from.answer(c, listings.transcript(s));
                        }
                    }, () -> from.answer(c, Post.Text.of("No session named '" + t.name().get()
                            + "' is known here; /agent recall WORDS finds one.")));
            case AgentCommand.Transcript t -> guarded(Action.OPEN_PAGE, c, session, from, s -> from.answer(c, listings.transcript(s)));
            case AgentCommand.Handoff h -> guarded(Action.HANDOFF, c, session, from, s -> {
                handoffs.handoff(s, h.to(), c, from);
                sharing.changed(s);
            });
            case AgentCommand.Kill k -> guarded(Action.KILL, c, session, from,
                    s -> commands.kill(s, k.remove(), c.user(), c.thread().orElseThrow(), from));
            case AgentCommand.Link l -> inSession(c, session, from, s -> sharing.link(s, c, from));
            case AgentCommand.Share sh -> inSession(c, session, from,
                    s -> sharing.share(s, sh.user(), Role.parse(sh.role()).orElseThrow(), c, from));
            case AgentCommand.Unshare u -> inSession(c, session, from, s -> sharing.unshare(s, u.user(), c, from));
            case AgentCommand.Visibility v -> inSession(c, session, from,
                    s -> sharing.visibility(s, dev.baton.hub.access.Visibility.parse(v.visibility()).orElseThrow(), c, from));
            case AgentCommand.Pause p -> inSession(c, session, from, s -> pauses.set(s, c.user(), p.paused())
                    .ifPresent(why -> from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + why + "."))));
        }
    }

    /** {@code /agent recap NAME}: any session the hub knows, answered where it was asked. */
    private void recapByName(String name, ChatEvent.Command c, ChatSurface from) {
        Optional<HubSession> s = sessions.byName(name);
        if (s.isEmpty()) {
            from.answer(c, Post.Text.of("No session named '" + name + "' is known here; /agent recall WORDS finds one."));
            return;
        }
        if (!permitted(Action.OPEN_PAGE, c.user(), s.get(), why -> from.answer(c, Post.Text.of("Sorry " + c.user().name()
                + ", " + why + ".")))) {
            return;
        }
        recaps.post(s.get(), "Recap of " + name + " (asked by " + c.user().name() + ")", List.of(), p -> from.answer(c, p));
    }

    /** In a session's thread, and only if the access policy allows {@code action}. */
    private void guarded(Action action, ChatEvent.Command c, Optional<HubSession> session, ChatSurface from,
                         java.util.function.Consumer<HubSession> then) {
        inSession(c, session, from, s -> {
            if (permitted(action, c.user(), s, why -> from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + why + ".")))) {
                then.accept(s);
            }
        });
    }

    private boolean permitted(Action action, dev.baton.chat.ChatUser user, HubSession s,
                              java.util.function.Consumer<String> refuse) {
        Optional<String> why = guard.refusal(action, user, s);
        why.ifPresent(refuse);
        return why.isEmpty();
    }

    private static void inSession(ChatEvent.Command c, Optional<HubSession> session, ChatSurface from,
                                  java.util.function.Consumer<HubSession> action) {
        if (session.isEmpty()) {
            from.answer(c, Post.Text.of("Use this in a session's thread (start one with /agent run …)."));
            return;
        }
        action.accept(session.get());
    }
}
