package dev.baton.daemon.session;

import dev.baton.daemon.session.SessionCommand.AnswerPrompt;
import dev.baton.daemon.session.SessionCommand.HookEvent;
import dev.baton.daemon.session.SessionCommand.HookGone;
import dev.baton.daemon.session.SessionCommand.HookPermission;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.SessionState;

/**
 * The session actor's handling of agent hooks and prompt answers, kept apart from its lifecycle: a permission
 * hook opens a prompt, other hooks become signals and imply states, and an answer is applied or refused as stale.
 * Runs on the session's actor thread only.
 */
final class SessionHooks {
    /** What this needs from its session. */
    record Host(java.util.function.Supplier<SessionState> state,
                java.util.function.BiConsumer<SessionState, String> setState, Runnable syncBlocked,
                Runnable deliverNextTurn, java.util.function.Consumer<byte[]> write,
                java.util.function.BooleanSupplier attended) {}

    private final Host host;
    private final PromptDesk prompts;
    private final Attention attention;
    private final SessionEvents events;

    SessionHooks(Host host, PromptDesk prompts, Attention attention, SessionEvents events) {
        this.host = host;
        this.prompts = prompts;
        this.attention = attention;
        this.events = events;
    }

    void permission(HookPermission h) {
        attention.hookAlive();
        prompts.openFromHook(h.payload(), h.reply(), host.attended().getAsBoolean());
        host.syncBlocked().run();
    }

    void event(HookEvent h) {
        HookEvents.apply(h.name(), h.payload(), attention).ifPresent(implied -> {
            SessionState now = host.state().get();
            if (!now.isTerminal() && now != SessionState.BLOCKED && now != implied) {
                host.setState().accept(implied, implied == SessionState.WAITING ? "the agent finished its turn" : "a prompt was submitted");
            }
            host.deliverNextTurn().run();
        });
    }

    void gone(HookGone g) {
        prompts.hookGone(g.reply());
        host.syncBlocked().run();
    }

    /** Applies an answer; returns null, or why it was refused (and audits the refusal). */
    String answer(AnswerPrompt a) {
        switch (prompts.answer(a.promptId(), a.inputHash(), a.decision(), a.sender(), a.message())) {
            case PromptDesk.Stale stale -> {
                events.append(new SessionEvent.Audit(a.sender(), "answer " + a.decision().wire(), "refused", stale.reason()));
                return stale.reason();
            }
            case PromptDesk.Applied applied -> {
                if (applied.keys().length > 0) {
                    host.write().accept(applied.keys());
                }
                host.syncBlocked().run();
                return null;
            }
        }
    }
}
