package dev.baton.hub;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.commands.AgentCommand;
import dev.baton.hub.daemons.DaemonLink;
import dev.baton.hub.sessions.StatusCard;
import dev.baton.hub.store.HubSessionRow;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.wire.WireMessage;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What {@code /agent} commands do: start a session, list, keys, screen, diff, kill. Core thread. */
final class SessionCommands {
    private final HubState state;
    private final DaemonChooser chooser;

    SessionCommands(HubState state) {
        this.state = state;
        this.chooser = new DaemonChooser(state);
    }

    void run(AgentCommand.Run run, ChatEvent.Command c, ChatSurface from) {
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
        if (state.sessions.nameInUse(name)) {
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
        String id = SessionId.random().value();
        HubSessionRow row = new HubSessionRow(id, name, daemon, agent, repo, "", "", "starting", "", c.user().key(),
                c.user().name(), shown, "", "", 0, 0, state.clock.millis());
        MessageRef card = from.startThread(c.channel(), StatusCard.render(row, state.online(daemon)));
        state.sessions.put(new HubSessionRow(id, name, daemon, agent, repo, "", "", "starting", "", row.ownerKey(),
                row.ownerName(), shown, card.thread().key(), card.id(), 0, 0, row.createdAt()));
        state.sendReliable(daemon, new WireMessage.StartSession(UUID.randomUUID().toString(), id, name, agent, repo,
                branch, prompt, c.user().platform().wire() + ":" + c.user().name(), continues,
                state.coAuthors.wire(c.user())));
        return card;
    }

    /**
     * {@code /agent continue OLD}: a new session on OLD's daemon that takes over its worktree and branch and starts
     * with its recap (the daemon builds it from OLD's events and worktree). Both threads get a note linking them.
     */
    void continueSession(AgentCommand.Continue k, ChatEvent.Command c, ChatSurface from) {
        java.util.Optional<HubSessionRow> found = state.sessions.byName(k.old());
        if (found.isEmpty()) {
            from.answer(c, Post.Text.of("No session named '" + k.old() + "' is known here; /agent recall WORDS finds one."));
            return;
        }
        HubSessionRow old = found.get();
        java.util.Optional<String> refused = Access.refusal(state.guard.decide(dev.baton.hub.access.Action.OPEN_PAGE, c.user(), old));
        if (refused.isPresent()) {
            from.answer(c, Post.Text.of("Sorry " + c.user().name() + ", " + refused.get() + "."));
            return;
        }
        if (!old.ended()) {
            from.answer(c, Post.Text.of("Session " + old.name() + " is still " + old.state() + "; take it over with"
                    + " /agent handoff @me in its thread, or kill it first."));
            return;
        }
        String name = k.name().orElseGet(() -> nextName(old.name()));
        var problem = dev.baton.protocol.id.SessionName.problem(name);
        if (problem.isPresent() || state.sessions.nameInUse(name)) {
            from.answer(c, Post.Text.of(problem.orElse("A session named '" + name + "' is already running; pick another --name.")));
            return;
        }
        String shown = "continue " + old.name() + (k.prompt().isBlank() ? "" : ": " + k.prompt());
        MessageRef card = start(c, from, name, old.daemon(), k.agent().orElse(old.agent()), old.repo(), "", shown,
                k.prompt(), old.name());
        from.reply(card.thread(), Post.Text.of("Continues " + old.name() + " (its thread: " + old.thread() + "). The agent"
                + " takes over its worktree and branch " + old.branch() + " and starts with its recap."
                + (state.online(old.daemon()) ? "" : " Daemon " + old.daemon() + " is offline; it starts when it reconnects.")));
        state.say(old, Post.Text.of("Continued as " + name + " by " + c.user().name() + " (thread: "
                + card.thread().key() + ")."));
    }

    /** {@code old-2}, {@code old-3}, … : the first name not in use. */
    private String nextName(String old) {
        String base = old.replaceFirst("-\\d+$", "");
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (state.sessions.byName(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** {@code /agent transcript}: the goal and every turn, numbered, with who sent it (the hub's own record). */
    Post transcript(HubSessionRow s) {
        StringBuilder out = new StringBuilder();
        out.append("goal (").append(s.upForGrabs() ? "owner gone" : s.ownerName()).append("): ")
                .append(dev.baton.protocol.session.Redaction.redact(s.prompt())).append('\n');
        for (var t : state.store.turns(s.id())) {
            out.append('#').append(t.number()).append(' ').append(state.store.who(t.sender()))
                    .append(": ").append(dev.baton.protocol.session.Redaction.redact(t.text())).append('\n');
        }
        return new Post.Code("Transcript of " + s.name() + " (" + state.store.turns(s.id()).size() + " turns)", out.toString());
    }

    Post list(String channelKey) {
        return list(channelKey, r -> true);
    }

    /** The sessions of a channel that {@code visible} lets the asker see. */
    Post list(String channelKey, java.util.function.Predicate<HubSessionRow> visible) {
        List<HubSessionRow> rows = state.sessions.inChannel(channelKey).stream().filter(visible).toList();
        if (rows.isEmpty()) {
            return Post.Text.of("No sessions in this channel yet. Start one with /agent run PROMPT.");
        }
        StringBuilder out = new StringBuilder();
        for (HubSessionRow r : rows) {
            out.append(String.format("%-24s %-8s %-12s %-10s %s%n", r.name(), r.agent(), r.state(), r.daemon(),
                    r.attention().isEmpty() ? "-" : r.attention()));
        }
        return new Post.Code("Sessions in this channel (" + rows.size() + ")", out.toString());
    }

    /** The daemons, online or not, and below them any chat platform the hub speaks besides the web chat. */
    Post daemons() {
        List<String> names = state.store.daemonNames();
        String platforms = state.connections.describe();
        if (names.isEmpty()) {
            return Post.Text.of("No daemons are registered. Register one with: bin/baton token add NAME"
                    + (platforms.isEmpty() ? "" : "\n" + platforms.strip()));
        }
        StringBuilder out = new StringBuilder();
        for (String n : names) {
            DaemonLink link = state.online.get(n);
            out.append(String.format("%-16s %-8s %s%n", n, link != null ? "online" : "offline", link == null ? ""
                    : "agents " + link.agents() + ", repos " + link.hello().repos()));
        }
        if (!platforms.isEmpty()) {
            out.append('\n').append(platforms);
        }
        return new Post.Code("Daemons", out.toString());
    }

    void keys(HubSessionRow s, List<String> keys, ChatUser user, ChatEvent.Command c, ChatSurface from) {
        boolean sent = state.sendNow(s.daemon(), new WireMessage.SendKeys(s.id(), keys, user.platform().wire() + ":" + user.name()));
        from.answer(c, Post.Text.of(sent ? "Keys sent: " + String.join(" ", keys)
                : "Daemon " + s.daemon() + " is offline; keys are not queued (they would arrive stale)."));
    }

    void screen(HubSessionRow s, ThreadRef thread, ChatSurface from) {
        query(s, "screen", thread, from, text -> new Post.Code("Screen of " + s.name(), text));
    }

    void diff(HubSessionRow s, ThreadRef thread, ChatSurface from) {
        query(s, "diffstat", thread, from, stat -> new Post.Code("Changes in " + s.branch() + " against " + s.baseBranch(), stat));
    }

    void kill(HubSessionRow s, boolean remove, ChatUser by, ThreadRef thread, ChatSurface from) {
        if (s.ended() && !remove) {
            from.reply(thread, Post.Text.of("Session " + s.name() + " has already ended (" + s.state() + ")."));
            return;
        }
        state.sendReliable(s.daemon(), new WireMessage.Kill(s.id(), remove, by.platform().wire() + ":" + by.name()));
        from.reply(thread, Post.Text.of((remove ? "Killing and removing " : "Killing ") + s.name() + " (asked by "
                + by.name() + ")" + (state.online(s.daemon()) ? "…" : "; the daemon is offline, so it happens when it reconnects.")));
    }

    private void query(HubSessionRow s, String kind, ThreadRef thread, ChatSurface from,
                       java.util.function.Function<String, Post> render) {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<WireMessage.QueryResult> answer = new CompletableFuture<>();
        state.queries.put(requestId, answer);
        if (!state.sendNow(s.daemon(), new WireMessage.Query(requestId, s.id(), kind))) {
            state.queries.remove(requestId);
            from.reply(thread, Post.Text.of("Daemon " + s.daemon() + " is offline; try again when it is back."));
            return;
        }
        Thread.ofVirtual().start(() -> {
            try {
                WireMessage.QueryResult r = answer.get(15, TimeUnit.SECONDS);
                from.reply(thread, r.ok() ? render.apply(r.text()) : Post.Text.of("Could not get the " + kind + ": " + r.text()));
            } catch (Exception e) {
                state.queries.remove(requestId);
                from.reply(thread, Post.Text.of("The daemon did not answer within 15 s."));
            }
        });
    }
}
