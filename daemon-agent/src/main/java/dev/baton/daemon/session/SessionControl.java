package dev.baton.daemon.session;

import dev.baton.daemon.attention.HookReply;
import dev.baton.daemon.session.output.Subscriber;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Sender;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Blocking calls onto a live session's actor for request/response callers (the socket, later the hub link).
 * Each call sends a command and waits for the actor's answer with a deadline.
 */
public final class SessionControl {
    private final Session session;

    public SessionControl(Session session) {
        this.session = session;
    }

    public long sendInput(Sender sender, String text) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        return await(send(new SessionCommand.SendInput(sender, text, done), done), 10);
    }

    /** Queues a chat turn; false when it was seen before (a redelivery). */
    public boolean queueTurn(String turnId, long number, Sender sender, String text) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        return await(send(new SessionCommand.QueueTurn(turnId, number, sender, text, done), done), 10);
    }

    /** Answers the open prompt from chat; empty when applied, else why it was refused (stale, changed input). */
    public Optional<String> answerPrompt(String promptId, String inputHash, dev.baton.protocol.session.Decision decision,
                                         Sender sender, String message) {
        return answerPrompt(promptId, inputHash, decision, sender, message, "chat");
    }

    /** Answers the open prompt, recorded as given {@code how} ({@code chat}, {@code tui}); as above otherwise. */
    public Optional<String> answerPrompt(String promptId, String inputHash, dev.baton.protocol.session.Decision decision,
                                         Sender sender, String message, String how) {
        CompletableFuture<String> done = new CompletableFuture<>();
        return Optional.ofNullable(await(send(new SessionCommand.AnswerPrompt(promptId, inputHash, decision, sender,
                message, how, done), done), 10));
    }

    /** A {@code PermissionRequest} hook: the returned future completes when someone answers (it may take hours). */
    public CompletableFuture<HookReply> hookPermission(java.util.Map<String, Object> payload) {
        CompletableFuture<HookReply> reply = new CompletableFuture<>();
        send(new SessionCommand.HookPermission(payload, reply), reply);
        return reply;
    }

    public void hookEvent(String name, java.util.Map<String, Object> payload) {
        session.tell(new SessionCommand.HookEvent(name, payload));
    }

    /** The hook process that was waiting on {@code reply} went away before an answer. */
    public void hookGone(CompletableFuture<HookReply> reply) {
        session.tell(new SessionCommand.HookGone(reply));
    }

    public void audit(Sender actor, String action, String outcome, String reason) {
        session.tell(new SessionCommand.RecordAudit(actor, action, outcome, reason));
    }

    public long sendKeys(Sender sender, List<Key> keys) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        return await(send(new SessionCommand.SendKeys(sender, keys, done), done), 10);
    }

    /** Pauses (interrupt key, turns held) or resumes (turns released) the session; see {@link SessionCommand.Pause}. */
    public long pause(Sender sender, boolean paused) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        return await(send(new SessionCommand.Pause(paused, sender, done), done), 10);
    }

    /** Appends events read from the agent's transcript; see {@link SessionCommand.RecordActivity}. */
    public long recordActivity(List<dev.baton.protocol.event.SessionEvent> events) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        return await(send(new SessionCommand.RecordActivity(events, done), done), 10);
    }

    public long emit(Sender sender, AttentionLevel level, AttentionReason reason, String message) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        return await(send(new SessionCommand.Emit(sender, level, reason, message, done), done), 10);
    }

    /** Records what an instrumented agent reported (valid events only); see {@link Reports}. */
    public ReportResult report(List<dev.baton.daemon.report.ReportedEvent> events) {
        CompletableFuture<Reports.Outcome> done = new CompletableFuture<>();
        Reports.Outcome o = await(send(new SessionCommand.Report(events, done), done), 10);
        return new ReportResult(o.accepted(), o.limited(), o.seq());
    }

    /** What {@link #report} recorded: how many events, those the session's rate limit refused, and the last seq. */
    public record ReportResult(int accepted, List<dev.baton.daemon.report.ReportedEvents.Refused> limited, long seq) {}

    public KillOutcome kill(Sender sender, boolean remove) {
        CompletableFuture<KillOutcome> done = new CompletableFuture<>();
        return await(send(new SessionCommand.Kill(sender, remove, done), done), 60);
    }

    public boolean detach(Sender sender) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        return await(send(new SessionCommand.Detach(sender, "agent detach", done), done), 10);
    }

    /** Attaches {@code sink} as the one interactive client; returns why not, if it cannot. */
    public Optional<String> attach(Sender who, Subscriber<byte[]> sink, int cols, int rows) {
        CompletableFuture<String> done = new CompletableFuture<>();
        return Optional.ofNullable(await(send(new SessionCommand.Attach(who, sink, cols, rows, done), done), 10));
    }

    /** Keystrokes from the attached terminal, written as they are. */
    public void rawInput(byte[] bytes) {
        session.tell(new SessionCommand.RawInput(bytes));
    }

    public void attacherGone(Subscriber<byte[]> sink) {
        session.tell(new SessionCommand.AttacherGone(sink));
    }

    public void resize(int cols, int rows) {
        session.tell(new SessionCommand.Resize(cols, rows));
    }

    /** Follows the event stream; returns the last seq before the follower was added. */
    public long follow(Subscriber<EventRecord> sink) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        return await(send(new SessionCommand.Follow(sink, done), done), 10);
    }

    private <T> CompletableFuture<T> send(SessionCommand command, CompletableFuture<T> done) {
        if (!session.tell(command)) {
            done.completeExceptionally(new IllegalStateException("session '" + session.name() + "' is busy; try again"));
        }
        return done;
    }

    private <T> T await(CompletableFuture<T> done, int seconds) {
        try {
            return done.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("session '" + session.name() + "' did not answer within " + seconds + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
