package dev.baton.hub.sessions;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Identities;
import dev.baton.hub.commands.AgentCommand;
import dev.baton.hub.daemons.DaemonChooser;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.Workplace;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.wire.WireMessage;
import java.time.Clock;
import java.util.UUID;

/**
 * {@code /agent run} and {@code /agent continue}: picks a daemon, posts the session's status card (its thread is the
 * session), records the session and asks the daemon to start it. Core thread.
 */
public final class SessionStarts {
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final DaemonLinks daemons;
    private final DaemonChooser chooser;
    private final AccessGuard guard;
    private final Identities identities;
    private final Clock clock;

    public SessionStarts(SessionDirectory sessions, SessionThreads threads, DaemonLinks daemons, AccessGuard guard,
                         Identities identities, Clock clock) {
        this.sessions = sessions;
        this.threads = threads;
        this.daemons = daemons;
        this.chooser = new DaemonChooser(daemons);
        this.guard = guard;
        this.identities = identities;
        this.clock = clock;
    }

    public void run(AgentCommand.Run run, ChatEvent.Command c, ChatSurface from) {
        DaemonChooser.Choice choice;
        switch (chooser.choose(run)) {
            case DaemonChooser.Chosen ok -> choice = ok.choice();
            case DaemonChooser.Refused no -> {
                from.answer(c, Post.Text.of(no.reason()));
                return;
            }
        }
        String name = run.name().orElseGet(() -> SessionNames.fromPrompt(run.prompt()));
        var problem = dev.baton.protocol.id.SessionName.problem(name);
        if (problem.isPresent()) {
            from.answer(c, Post.Text.of(problem.get()));
            return;
        }
        if (sessions.nameInUse(name)) {
            from.answer(c, Post.Text.of("A session named '" + name + "' is already running; pick another --name."));
            return;
        }
        start(c, from, name, choice.daemon().name(), choice.agent(), choice.repo(), run.branch().orElse(""), run.prompt(),
                run.prompt(), "");
    }

    /**
     * Posts the new session's status card (its thread is the session), records the session, and asks its daemon to
     * start it; {@code shown} is the goal on the card, {@code prompt} what the agent gets. Returns the card.
     */
    private MessageRef start(ChatEvent.Command c, ChatSurface from, String name, String daemon, String agent, String repo,
                             String branch, String shown, String prompt, String continues) {
        SessionId id = SessionId.random();
        HubSession row = HubSession.starting(id, name, new Workplace(daemon, agent, repo, "", ""),
                c.user(), shown, clock.millis());
        MessageRef card = from.startThread(c.channel(), StatusCard.render(row, daemons.online(daemon)));
        sessions.put(row.withCard(card));
        daemons.sendReliable(daemon, new WireMessage.StartSession(UUID.randomUUID().toString(), id, name, agent, repo,
                branch, prompt, Identities.sender(c.user()), continues,
                identities.coAuthor(c.user())));
        return card;
    }

    /**
     * {@code /agent continue OLD}: a new session on OLD's daemon that takes over its worktree and branch and starts
     * with its recap (the daemon builds it from OLD's events and worktree). Both threads get a note linking them.
     */
    public void continueSession(AgentCommand.Continue k, ChatEvent.Command c, ChatSurface from) {
        java.util.Optional<HubSession> found = sessions.byName(k.old());
        if (found.isEmpty()) {
            from.answer(c, Post.Text.of("No session named '" + k.old() + "' is known here; /agent recall WORDS finds one."));
            return;
        }
        HubSession old = found.get();
        java.util.Optional<String> refused = guard.refusal(Action.OPEN_PAGE, c.user(), old);
        if (refused.isPresent()) {
            from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + refused.get() + "."));
            return;
        }
        if (!old.ended()) {
            from.answer(c, Post.Text.of("Session " + old.name() + " is still " + old.stateWords() + "; take it over with"
                    + " /agent handoff @me in its thread, or kill it first."));
            return;
        }
        String name = k.name().orElseGet(() -> nextName(old.name()));
        var problem = dev.baton.protocol.id.SessionName.problem(name);
        if (problem.isPresent() || sessions.nameInUse(name)) {
            from.answer(c, Post.Text.of(problem.orElse("A session named '" + name + "' is already running; pick another --name.")));
            return;
        }
        String shown = "continue " + old.name() + (k.prompt().isBlank() ? "" : ": " + k.prompt());
        MessageRef card = start(c, from, name, old.daemon(), k.agent().orElse(old.agent()), old.repo(), "", shown,
                k.prompt(), old.name());
        from.reply(card.thread(), Post.Text.of("Continues " + old.name() + " (its thread: " + old.threadKey() + "). The agent"
                + " takes over its worktree and branch " + old.branch() + " and starts with its recap."
                + (daemons.online(old.daemon()) ? "" : " Daemon " + old.daemon() + " is offline; it starts when it reconnects.")));
        threads.say(old, Post.Text.of("Continued as " + name + " by " + c.user().name() + " (thread: "
                + card.thread().key() + ")."));
    }

    /** {@code old-2}, {@code old-3}, … : the first name not in use. */
    private String nextName(String old) {
        String base = old.replaceFirst("-\\d+$", "");
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (sessions.byName(candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
