package dev.baton.daemon.session;

import dev.baton.daemon.attention.HookReply;
import dev.baton.daemon.session.output.Subscriber;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Sender;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The messages a session's actor applies, one at a time. */
sealed interface SessionCommand {
    record Tick() implements SessionCommand {}

    /** New output reached the screen (coalesced: at most one is pending). */
    record ScreenChanged() implements SessionCommand {}

    /** A chat turn for the FIFO; {@code done} says whether it was taken (false: a duplicate). */
    record QueueTurn(String turnId, long number, Sender sender, String text, CompletableFuture<Boolean> done)
            implements SessionCommand {}

    record Bell() implements SessionCommand {}

    record Osc(int code, String payload) implements SessionCommand {}

    record SendInput(Sender sender, String text, CompletableFuture<Long> done) implements SessionCommand {}

    record SendKeys(Sender sender, List<Key> keys, CompletableFuture<Long> done) implements SessionCommand {}

    record Emit(Sender sender, AttentionLevel level, AttentionReason reason, String message,
                CompletableFuture<Long> done) implements SessionCommand {}

    /** Valid events an instrumented agent reported; {@code done} says which the rate limit refused. */
    record Report(List<dev.baton.daemon.report.ReportedEvent> events, CompletableFuture<Reports.Outcome> done)
            implements SessionCommand {}

    record Kill(Sender sender, boolean remove, CompletableFuture<KillOutcome> done) implements SessionCommand {}

    record ForceKill() implements SessionCommand {}

    record Exited(int code) implements SessionCommand {}

    record Attach(Sender who, Subscriber<byte[]> sink, int cols, int rows, CompletableFuture<String> done)
            implements SessionCommand {}

    record Detach(Sender who, String how, CompletableFuture<Boolean> done) implements SessionCommand {}

    record AttacherGone(Subscriber<byte[]> sink) implements SessionCommand {}

    record RawInput(byte[] bytes) implements SessionCommand {}

    record Resize(int cols, int rows) implements SessionCommand {}

    record Follow(Subscriber<EventRecord> sink, CompletableFuture<Long> done) implements SessionCommand {}

    /** A {@code PermissionRequest} hook blocks until {@code reply} completes. */
    record HookPermission(java.util.Map<String, Object> payload, CompletableFuture<HookReply> reply)
            implements SessionCommand {}

    /** Any other hook event. */
    record HookEvent(String name, java.util.Map<String, Object> payload) implements SessionCommand {}

    /** The waiting hook process went away before an answer. */
    record HookGone(CompletableFuture<HookReply> reply) implements SessionCommand {}

    /**
     * An answer to the open prompt, given {@code how} ({@code chat}, {@code tui}); {@code done} completes with null, or
     * why it was refused.
     */
    record AnswerPrompt(String promptId, String inputHash, dev.baton.protocol.session.Decision decision, Sender sender,
                        String message, String how, CompletableFuture<String> done) implements SessionCommand {}

    /** An audit note decided elsewhere (the hub refused someone's approval). */
    record RecordAudit(Sender actor, String action, String outcome, String reason) implements SessionCommand {}

    /**
     * Pause: interrupt the agent with its vendor's interrupt key and hold the turn queue; resume ({@code paused}
     * false): release it. {@code done} completes with the last event seq.
     */
    record Pause(boolean paused, Sender sender, CompletableFuture<Long> done) implements SessionCommand {}

    /**
     * Events read from the agent's own transcript ({@code dev.baton.daemon.activity}), appended in order; a
     * {@code budget_raised} among them counts as a person's answer to the open budget attention.
     */
    record RecordActivity(List<dev.baton.protocol.event.SessionEvent> events, CompletableFuture<Long> done)
            implements SessionCommand {}

    /** The daemon is stopping: end the agent and mark the session interrupted. */
    /** The worktree as a turn ended ({@link TurnSnapshots}), to be recorded unless it is the same as the last. */
    record Snapshot(dev.baton.protocol.event.SessionEvent.DiffstatTaken diffstat) implements SessionCommand {}

    record Shutdown(CompletableFuture<Void> done) implements SessionCommand {}
}
