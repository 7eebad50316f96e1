package dev.baton.hub;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.sessions.PromptCard;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.PromptRow;
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
final class PromptAnswers {
    private final HubState state;
    private final Approvers approvers;
    private final Recaps recaps;

    PromptAnswers(HubState state, Recaps recaps) {
        this.state = state;
        this.recaps = recaps;
        this.approvers = new Approvers(state.approvals);
    }

    void opened(HubSession session, SessionEvent.PromptOpened e) {
        ThreadRef thread = session.thread();
        PromptRow prompt = new PromptRow(e.promptId(), session.id().value(), "", e.inputHash(), e.tool(), e.detail(),
                e.question(), e.options(), "open", "", "", 0, state.clock.millis(), 0);
        boolean hold = e.attended() && state.approvals.holdPingsWhileAttached();
        List<ChatUser> mentions = hold ? List.of() : mentions(session, prompt);
        String note = hold ? "someone is at the agent's terminal, so nobody was pinged" : "";
        state.surface(thread).ifPresent(s -> {
            MessageRef card = s.reply(thread, PromptCard.render(prompt, mentions, note));
            state.store.putPrompt(new PromptRow(prompt.id(), prompt.session(), card.id(), prompt.hash(), prompt.tool(),
                    prompt.detail(), prompt.question(), prompt.options(), "open", "", "", 0, prompt.openedAt(), 0));
        });
        for (var m : state.sessions.mirrorsOf(session.id())) {
            ThreadRef mirror = ThreadRef.parse(m.thread());
            state.surface(mirror).ifPresent(s -> state.store.mirroring().putCard(prompt.id(), m.thread(),
                    s.reply(mirror, PromptCard.render(prompt, mentions, note)).id()));
        }
    }

    void answered(HubSession session, SessionEvent.PromptAnswered e) {
        state.store.prompts(e.promptId()).stream().findFirst().ifPresent(p -> {
            String how = e.decision() == Decision.ANSWERED ? "answered " + (e.how().equals("keys") ? "with keys" : "at the terminal")
                    : e.decision().words();
            PromptRow done = p.open() ? p.answered(e.by().user(), how, state.clock.millis()) : p;
            state.store.putPrompt(done);
            refresh(session, done);
        });
    }

    /** A button on a prompt card: {@code promptId|decision}. */
    void press(ChatEvent.Button b, ChatSurface from) {
        String[] parts = b.value().split("\\|", 2);
        Optional<Decision> decision = parts.length == 2 ? Decision.fromWire(parts[1]) : Optional.empty();
        Optional<PromptRow> prompt = state.store.prompts(parts[0]).stream().findFirst();
        if (decision.isEmpty() || prompt.isEmpty()) {
            from.reply(b.message().thread(), Post.Text.of("That prompt is unknown to this hub."));
            return;
        }
        answer(prompt.get(), b.user(), decision.get(), "", b.message().thread(), from);
    }

    /** A reply while a prompt is open is an answer or nothing: it never reaches the dialog as typed text. */
    boolean reply(ChatEvent.Reply r, HubSession session, ChatSurface from) {
        Optional<PromptRow> open = state.store.prompts(null).stream().filter(p -> p.session().equals(session.id()))
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
    Optional<String> fromPage(String promptId, ChatUser user, String decisionWire) {
        Optional<Decision> decision = Decision.fromWire(decisionWire);
        Optional<PromptRow> prompt = state.store.prompts(promptId).stream().findFirst();
        if (decision.isEmpty() || prompt.isEmpty()) {
            return Optional.of("that prompt is unknown to this hub");
        }
        Optional<HubSession> session = state.sessions.byId(prompt.get().session());
        if (session.isEmpty()) {
            return Optional.of("that session is unknown to this hub");
        }
        ThreadRef thread = session.get().thread();
        Optional<ChatSurface> from = state.surface(thread);
        if (from.isEmpty()) {
            return Optional.of("the session's chat is not connected to this hub");
        }
        return answer(prompt.get(), user, decision.get(), "", thread, from.get());
    }

    private Optional<String> answer(PromptRow prompt, ChatUser user, Decision decision, String message, ThreadRef thread,
                                    ChatSurface from) {
        Optional<HubSession> session = state.sessions.byId(prompt.session());
        if (session.isEmpty()) {
            return Optional.of("that session is unknown to this hub");
        }
        if (!prompt.open()) {
            from.whisper(user, thread, Post.Text.of("Already answered: " + PromptCard.answer(prompt) + "."));
            return Optional.of("already answered: " + PromptCard.answer(prompt));
        }
        Optional<String> refusal = Access.refusal(state.guard.approve(user, session.get(), prompt, requester(session.get())));
        if (refusal.isPresent()) {
            from.reply(thread, Post.Text.of("Sorry " + user.name() + ", " + refusal.get() + "."));
            return refusal;
        }
        PromptRow answered = prompt.answered(user.name(), decision.words(), state.clock.millis());
        state.store.putPrompt(answered);
        refresh(session.get(), answered);
        state.sendReliable(session.get().daemon(), new WireMessage.AnswerPrompt(session.get().id().value(), prompt.id(),
                prompt.hash(), decision.wire(), sender(user), message, state.coAuthors.wire(user)));
        return Optional.empty();
    }

    /** Re-pings the approvers of prompts unanswered past the escalation time, then the whole channel. */
    void escalate(long now) {
        long after = state.approvals.escalateAfter().toMillis();
        for (PromptRow p : state.store.prompts(null)) {
            Optional<HubSession> session = state.sessions.byId(p.session());
            if (session.isEmpty() || session.get().ended()) {
                continue;
            }
            long waited = now - p.openedAt();
            if (p.pings() == 0 && waited >= after) {
                state.say(session.get(), new Post.Text("Still waiting for an answer after " + minutes(waited)
                        + ": " + p.tool() + " " + p.detail(), mentions(session.get(), p)));
                state.store.putPrompt(p.pinged());
            } else if (p.pings() == 1 && waited >= 2 * after) {
                state.say(session.get(), Post.Text.of("@channel a permission prompt has waited " + minutes(waited)
                        + " and its approvers seem away: " + p.tool() + " " + p.detail() + ". Anyone who may approve can answer here."));
                state.store.putPrompt(p.pinged());
                recaps.post(session.get(), "Recap of " + session.get().name() + " (a prompt waits for an answer)", List.of());
            }
        }
    }

    private void refresh(HubSession session, PromptRow p) {
        if (p.card().isEmpty()) {
            return;
        }
        ThreadRef thread = session.thread();
        Post card = PromptCard.render(p, List.of(), "");
        state.surface(thread).ifPresent(s -> s.update(new MessageRef(thread, p.card()), card));
        state.store.mirroring().cards(p.id()).forEach((key, id) -> {
            ThreadRef mirror = ThreadRef.parse(key);
            state.surface(mirror).ifPresent(s -> s.update(new MessageRef(mirror, id), card));
        });
    }

    private List<ChatUser> mentions(HubSession session, PromptRow p) {
        return approvers.allowed(session, p, state.guard.deciders(session)).stream().map(PromptAnswers::user).toList();
    }

    private String requester(HubSession session) {
        return state.store.lastTurnSender(session.id()).orElse(session.ownerKey());
    }

    private static ChatUser user(String key) {
        int colon = key.indexOf(':');
        return new ChatUser(Platform.fromWire(key.substring(0, colon)), key.substring(colon + 1), key.substring(colon + 1));
    }

    private static String sender(ChatUser u) {
        return u.platform().wire() + ":" + u.name();
    }

    private static String minutes(long millis) {
        long s = millis / 1000;
        return s < 120 ? s + " s" : (s / 60) + " min";
    }
}
