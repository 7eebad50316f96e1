package dev.baton.hub.prompts;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.config.ApprovalSettings;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Approvers;
import dev.baton.hub.access.Identities;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.sessions.RecapPoster;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubPrompt;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.wire.WireMessage;
import java.util.List;
import java.util.Optional;

/**
 * Permission prompts in the thread: a prompt card when the daemon reports one, answers from its buttons or from
 * replies, approver checks (refusals are polite and audited), "already answered" for late clicks, and escalation
 * of prompts nobody answers (the channel ping comes with the session's recap, for whoever picks it up). Core thread.
 */
public final class PromptAnswers {
    private final HubStore store;
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final AccessGuard guard;
    private final DaemonLinks daemons;
    private final Identities identities;
    private final ApprovalSettings approvals;
    private final Approvers approvers;
    private final RecapPoster recaps;
    private final java.time.Clock clock;

    /** The prompts' records, where sessions show, who may answer, and where answers go. */
    public PromptAnswers(HubStore store, SessionDirectory sessions, SessionThreads threads, AccessGuard guard,
                         DaemonLinks daemons, Identities identities, ApprovalSettings approvals, RecapPoster recaps,
                         java.time.Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.threads = threads;
        this.guard = guard;
        this.daemons = daemons;
        this.identities = identities;
        this.approvals = approvals;
        this.approvers = new Approvers(approvals);
        this.recaps = recaps;
        this.clock = clock;
    }

    public void opened(HubSession session, SessionEvent.PromptOpened e) {
        ThreadRef thread = session.thread();
        HubPrompt prompt = HubPrompt.opened(e.promptId(), session.id(), e.inputHash(), e.tool(), e.detail(),
                e.question(), e.options(), clock.millis());
        boolean hold = e.attended() && approvals.holdPingsWhileAttached();
        List<ChatUser> mentions = hold ? List.of() : mentions(session, prompt);
        String note = hold ? "someone is at the agent's terminal, so nobody was pinged" : "";
        threads.surface(thread).ifPresent(s -> {
            MessageRef card = s.reply(thread, PromptCard.render(prompt, mentions, note));
            store.putPrompt(prompt.withCard(card.id()));
        });
        for (var m : sessions.mirrorsOf(session.id())) {
            ThreadRef mirror = ThreadRef.parse(m.thread());
            threads.surface(mirror).ifPresent(s -> store.mirroring().putCard(prompt.id(), m.thread(),
                    s.reply(mirror, PromptCard.render(prompt, mentions, note)).id()));
        }
    }

    public void answered(HubSession session, SessionEvent.PromptAnswered e) {
        store.prompt(e.promptId()).ifPresent(p -> {
            String how = e.decision() == Decision.ANSWERED ? "answered " + (e.how().equals("keys") ? "with keys" : "at the terminal")
                    : e.decision().words();
            HubPrompt done = p.open() ? p.answered(e.by().user(), how, clock.millis()) : p;
            store.putPrompt(done);
            refresh(session, done);
        });
    }

    /** A button on a prompt card: {@code promptId|decision}. */
    public void press(ChatEvent.Button b, ChatSurface from) {
        String[] parts = b.value().split("\\|", 2);
        Optional<Decision> decision = parts.length == 2 ? Decision.fromWire(parts[1]) : Optional.empty();
        Optional<HubPrompt> prompt = store.prompt(parts[0]);
        if (decision.isEmpty() || prompt.isEmpty()) {
            from.reply(b.message().thread(), Post.Text.of("That prompt is unknown to this hub."));
            return;
        }
        answer(prompt.get(), b.user(), decision.get(), "", b.message().thread(), from);
    }

    /** A reply while a prompt is open is an answer or nothing: it never reaches the dialog as typed text. */
    public boolean reply(ChatEvent.Reply r, HubSession session, ChatSurface from) {
        Optional<HubPrompt> open = store.openPrompts().stream().filter(p -> p.session().equals(session.id()))
                .reduce((a, b) -> b);
        if (open.isEmpty()) {
            return false;
        }
        Optional<PromptReplies.Answer> parsed = PromptReplies.parse(r.text(), open.get().options());
        if (parsed.isEmpty()) {
            from.reply(r.message().thread(), Post.Text.of("A permission prompt is open (" + open.get().tool() + ": "
                    + open.get().detail() + "). Answer with yes, always, no or deny: <reason> (or the buttons). That"
                    + " message was not sent to the agent."));
            return true;
        }
        answer(open.get(), r.user(), parsed.get().decision(), parsed.get().message(), r.message().thread(), from);
        return true;
    }

    /** An answer from the session page; empty when it was passed on, else why not. */
    public Optional<String> fromPage(String promptId, ChatUser user, String decisionWire) {
        Optional<Decision> decision = Decision.fromWire(decisionWire);
        Optional<HubPrompt> prompt = store.prompt(promptId);
        if (decision.isEmpty() || prompt.isEmpty()) {
            return Optional.of("that prompt is unknown to this hub");
        }
        Optional<HubSession> session = sessions.byId(prompt.get().session());
        if (session.isEmpty()) {
            return Optional.of("that session is unknown to this hub");
        }
        ThreadRef thread = session.get().thread();
        Optional<ChatSurface> from = threads.surface(thread);
        if (from.isEmpty()) {
            return Optional.of("the session's chat is not connected to this hub");
        }
        return answer(prompt.get(), user, decision.get(), "", thread, from.get());
    }

    private Optional<String> answer(HubPrompt prompt, ChatUser user, Decision decision, String message, ThreadRef thread,
                                    ChatSurface from) {
        Optional<HubSession> session = sessions.byId(prompt.session());
        if (session.isEmpty()) {
            return Optional.of("that session is unknown to this hub");
        }
        if (!prompt.open()) {
            from.whisper(user, thread, Post.Text.of("Already answered: " + PromptCard.answer(prompt) + "."));
            return Optional.of("already answered: " + PromptCard.answer(prompt));
        }
        Optional<String> refusal = AccessGuard.refusal(guard.approve(user, session.get(), prompt, requester(session.get())));
        if (refusal.isPresent()) {
            from.reply(thread, Post.Text.of("Sorry " + user.name() + ", " + refusal.get() + "."));
            return refusal;
        }
        HubPrompt answered = prompt.answered(user.name(), decision.words(), clock.millis());
        store.putPrompt(answered);
        refresh(session.get(), answered);
        daemons.sendReliable(session.get().daemon(), new WireMessage.AnswerPrompt(session.get().id(), prompt.id(),
                prompt.inputHash(), decision, Identities.sender(user), message, identities.coAuthor(user)));
        return Optional.empty();
    }

    /** Re-pings the approvers of prompts unanswered past the escalation time, then the whole channel. */
    public void escalate(long now) {
        long after = approvals.escalateAfter().toMillis();
        for (HubPrompt p : store.openPrompts()) {
            Optional<HubSession> session = sessions.byId(p.session());
            if (session.isEmpty() || session.get().ended()) {
                continue;
            }
            long waited = now - p.openedAt();
            if (p.pings() == 0 && waited >= after) {
                threads.say(session.get(), new Post.Text("Still waiting for an answer after " + minutes(waited)
                        + ": " + p.tool() + " " + p.detail(), mentions(session.get(), p)));
                store.putPrompt(p.pinged());
            } else if (p.pings() == 1 && waited >= 2 * after) {
                threads.say(session.get(), Post.Text.of("@channel a permission prompt has waited " + minutes(waited)
                        + " and its approvers seem away: " + p.tool() + " " + p.detail() + ". Anyone who may approve can answer here."));
                store.putPrompt(p.pinged());
                recaps.post(session.get(), "Recap of " + session.get().name() + " (a prompt waits for an answer)", List.of());
            }
        }
    }

    private void refresh(HubSession session, HubPrompt p) {
        if (p.card().isEmpty()) {
            return;
        }
        ThreadRef thread = session.thread();
        Post card = PromptCard.render(p, List.of(), "");
        threads.surface(thread).ifPresent(s -> s.update(new MessageRef(thread, p.card().get()), card));
        store.mirroring().cards(p.id()).forEach((key, id) -> {
            ThreadRef mirror = ThreadRef.parse(key);
            threads.surface(mirror).ifPresent(s -> s.update(new MessageRef(mirror, id), card));
        });
    }

    private List<ChatUser> mentions(HubSession session, HubPrompt p) {
        return approvers.allowed(session, p, guard.deciders(session)).stream().map(PromptAnswers::user).toList();
    }

    private String requester(HubSession session) {
        return store.lastTurnSender(session.id()).orElse(session.ownerKey());
    }

    private static ChatUser user(String key) {
        int colon = key.indexOf(':');
        return new ChatUser(Platform.fromWire(key.substring(0, colon)), key.substring(colon + 1), key.substring(colon + 1));
    }

    private static String minutes(long millis) {
        long s = millis / 1000;
        return s < 120 ? s + " s" : (s / 60) + " min";
    }
}
