package dev.baton.daemon.attention;

import dev.baton.daemon.screen.ScreenSnapshot;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Everything that tells a session needs a human, behind one object its actor calls: the screen scan (prompt
 * profiles, the vendor's ready pattern), terminal signals (BEL, OSC 9/777), agent hooks (a blocking
 * {@code PermissionRequest} opens a prompt, other hooks become signals and imply states), {@code agent emit}, and the
 * answers humans give. What it detects it raises as typed {@link SessionEvent}s ({@code Attention},
 * {@code AttentionCleared}, {@code PromptOpened}, {@code PromptAnswered}) into {@code events}; the actor reads
 * {@link #blocking()} and {@link #summary()} after each call to move the session in and out of blocked. The prompt
 * grace, settle and gone timers read {@code clock}. Actor-confined, except the views.
 */
public final class AttentionTracker {
    private final PromptProfile profile;
    private final Clock clock;
    private final Consumer<SessionEvent> events;
    private final Signals signals;
    private final PromptDesk prompts;
    private long scannedVersion = -1;
    private Optional<PromptProfile.ScreenPrompt> lastPrompt = Optional.empty();

    /** {@code hooksExpected}: the agent reports its permission prompts by hook, so the screen scan waits for it a while. */
    public AttentionTracker(PromptProfile profile, boolean hooksExpected, Clock clock, Consumer<SessionEvent> events) {
        this.profile = profile;
        this.clock = clock;
        this.events = events;
        this.signals = new Signals(events);
        this.prompts = new PromptDesk(events, hooksExpected);
    }

    /** Whether the screen shows the agent waiting for input (its vendor's ready pattern, nothing busy). */
    public boolean ready(ScreenSnapshot snapshot) {
        return profile.ready(snapshot.lines(), snapshot.cursorRow());
    }

    /**
     * The screen as of {@code version} (it is scanned again only when the version moved). Opens a screen prompt
     * once a dialog has settled (or its hook's grace ran out), and closes one that has been gone long enough.
     * Returns true while a prompt holds the session, or when one just closed: the caller skips its idle check then.
     */
    public boolean screen(long version, ScreenSnapshot snapshot, boolean attended) {
        if (version != scannedVersion) {
            scannedVersion = version;
            lastPrompt = profile.match(snapshot.lines());
        }
        return prompts.onScreen(lastPrompt, clock.millis(), attended) || prompts.isOpen();
    }

    /** The terminal rang its bell; {@code state} is the session's (a blocked session's bell adds nothing). */
    public void bell(SessionState state) {
        signals.bell(state);
    }

    /** OSC 9 (notification text) and OSC 777 ({@code notify;title;body}). Other OSCs are ignored. */
    public void osc(int code, String payload) {
        signals.osc(code, payload);
    }

    /** A {@code PermissionRequest} hook waits for {@code reply}: it opens the session's prompt. */
    public void hookPermission(Map<String, Object> payload, CompletableFuture<HookReply> reply, boolean attended) {
        signals.hookAlive();
        prompts.openFromHook(payload, reply, attended);
    }

    /** Any other hook event; returns the state it implies ({@code Stop}: waiting), if any. */
    public Optional<SessionState> hookEvent(String name, Map<String, Object> payload) {
        return HookEvents.apply(name, payload, signals);
    }

    /** The hook process waiting on {@code reply} went away: the agent took an answer at its own terminal. */
    public void hookGone(CompletableFuture<HookReply> reply) {
        prompts.hookGone(reply);
    }

    /**
     * An answer to the open prompt. It must name the open prompt and the hash of its input; the first answer wins and
     * any other is stale (and audited as refused).
     */
    public AnswerOutcome answer(String promptId, String inputHash, Decision decision, Sender by, String message,
                                String how) {
        AnswerOutcome outcome = prompts.answer(promptId, inputHash, decision, by, message, how);
        if (outcome instanceof AnswerOutcome.Stale stale) {
            events.accept(new SessionEvent.Audit(by, "answer " + decision.wire(), "refused", stale.reason()));
        }
        return outcome;
    }

    /** Someone sent raw keys; if the dialog then leaves the screen, they answered it. */
    public void keysSent(Sender by) {
        prompts.keysSent(by);
    }

    /** A human's input reached the agent: an emitted or terminal attention closes. Returns true if one did. */
    public boolean humanInput(Sender by) {
        return signals.clearEmitted("answered by " + by);
    }

    /** {@code agent emit} from inside the session. */
    public void emit(AttentionLevel level, AttentionReason reason, String message) {
        signals.emit(level, reason, message);
    }

    /** The session ended: a hook still waiting is released (the agent is gone anyway). */
    public void sessionEnded() {
        prompts.abandon();
    }

    /** Whether the session must wait for a human: a prompt is open or an {@code action} signal is. */
    public boolean blocking() {
        return signals.blocking() || prompts.isOpen();
    }

    /** {@code action:permission Bash: rm -rf build}, or empty: the open prompt first, else the open signal. */
    public String summary() {
        return prompts.isOpen() ? prompts.summary() : signals.summary();
    }

    /** The layers that have produced a signal so far, e.g. {@code hook,terminal}. */
    public String layers() {
        return signals.layers();
    }
}
