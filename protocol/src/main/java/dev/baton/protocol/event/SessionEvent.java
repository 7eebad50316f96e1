package dev.baton.protocol.event;

import dev.baton.protocol.json.JsonDefault;
import dev.baton.protocol.json.JsonInline;
import dev.baton.protocol.json.JsonName;
import dev.baton.protocol.json.JsonTag;
import dev.baton.protocol.json.RecordJson;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import java.util.List;

/**
 * Everything that happens to a session. Switch over it exhaustively; never add a default arm. The JSON form
 * ({@link EventJson}) follows the records: each component is a field, and {@code type} names the record; in an
 * {@link EventRecord} they sit next to its {@code session}, {@code seq} and {@code at}.
 */
public sealed interface SessionEvent extends JsonInline {
    JsonTag JSON_TAG = new JsonTag("type", "event type");


    /**
     * The session was created; its facts never change afterwards. {@code mode}: the sandbox and permission mode
     * the agent runs in ({@code default}, {@code workspace-write, approvals on-request}, {@code unconfined}); empty
     * in events from before modes were recorded.
     */
    record Created(String name, String agent, String repo, String baseBranch, String branch, String worktree,
                   String prompt, Sender owner, @JsonDefault String mode) implements SessionEvent {
        public Created(String name, String agent, String repo, String baseBranch, String branch, String worktree,
                       String prompt, Sender owner) {
            this(name, agent, repo, baseBranch, branch, worktree, prompt, owner, "");
        }
    }

    @JsonName("state")
    record StateChanged(SessionState from, SessionState to, @JsonDefault String reason) implements SessionEvent {}

    /** An attention signal from one of the detection layers. */
    record Attention(AttentionLevel level, @JsonName("kind") AttentionReason reason, @JsonDefault String message,
                     SignalLayer layer)
            implements SessionEvent {}

    /** The attention that was open is gone (answered, or the prompt left the screen). */
    record AttentionCleared(@JsonDefault String how) implements SessionEvent {}

    /** Typed text delivered to the PTY, followed by Enter. */
    @JsonName("input")
    record InputSent(Sender sender, String text) implements SessionEvent {}

    /** Named keys written to the PTY, bypassing any queue. */
    @JsonName("keys")
    record KeysSent(Sender sender, List<String> keys) implements SessionEvent {}

    record Attached(Sender who) implements SessionEvent {}

    record Detached(Sender who, @JsonDefault String how) implements SessionEvent {}

    /** The agent process ended. {@code signal} is 0 unless it was killed by one. */
    record Exited(int exitCode) implements SessionEvent {}

    /**
     * Something the session produced, by a path or a commit id: {@code kind} {@code commit} (a commit on the
     * session's branch, {@code label} its subject), {@code patch} (the uncommitted work {@code kill --rm} saved), or
     * what an instrumented agent declared ({@code file}, {@code test_result}, {@code screenshot}, {@code log}).
     * Either {@code path} or {@code commit} is set; the other is empty.
     */
    @JsonName("artifact")
    record ArtifactSaved(String kind, @JsonDefault String path, @JsonDefault String commit, @JsonDefault String label)
            implements SessionEvent {
        public ArtifactSaved(String kind, String path) {
            this(kind, path, "", "");
        }

        /** The path, else the commit id. */
        public String where() {
            return path.isEmpty() ? commit : path;
        }
    }

    /** The worktree was removed; the branch survives only if it had commits beyond its base. */
    record WorktreeRemoved(String branch, boolean branchKept) implements SessionEvent {}

    /** A kill was asked for. */
    record KillRequested(Sender by, boolean remove) implements SessionEvent {}

    /** A chat turn joined the session's FIFO; {@code ahead} turns wait before it. */
    record TurnQueued(String turnId, long number, Sender sender, String text, int ahead) implements SessionEvent {}

    /** A queued turn was typed into the agent (text, then Enter), as {@code typed}. */
    record TurnDelivered(String turnId, long number, String typed) implements SessionEvent {}

    /** A new daemon took the session over from the PTY host, which kept the agent (pid) running. */
    record Adopted(long pid, @JsonDefault String how) implements SessionEvent {}

    /** This many bytes of the agent's output were dropped (the PTY host's buffer overflowed); screens may be off. */
    record OutputLost(long bytes) implements SessionEvent {}

    /**
     * A permission prompt opened: which layer saw it, the tool and the exact command or edit, the question, the
     * options as shown, a hash binding answers to this input, and whether someone was attached at the terminal.
     */
    record PromptOpened(String promptId, SignalLayer layer, @JsonDefault String tool, @JsonDefault String detail,
                        @JsonDefault String question, List<String> options, @JsonDefault String inputHash,
                        boolean attended) implements SessionEvent {}

    /** The prompt was answered; {@code how}: {@code chat}, {@code tui}, {@code keys}, {@code terminal} or {@code timeout}. */
    record PromptAnswered(String promptId, Decision decision, Sender by, @JsonDefault String how,
                          @JsonDefault String message)
            implements SessionEvent {}

    /** Something a person tried that was decided on: an approval refused, a stale answer, a kill. */
    record Audit(Sender actor, String action, String outcome, @JsonDefault String reason) implements SessionEvent {}

    /**
     * A structured event an instrumented agent reported ({@code append_session_events}, {@code agent emit --batch}):
     * its level, its own {@code kind} ({@code test_run}, {@code step}, …), a message and free {@code fields}. A
     * {@code notice} or {@code action} is also raised as an {@link Attention} (layer {@code emit}), which is what
     * reaches the thread.
     */
    record Emitted(AttentionLevel level, String kind, @JsonDefault String message, java.util.Map<String, Object> fields)
            implements SessionEvent {
        public Emitted {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }

    /** The agent's own words, read from its transcript (Claude Code) or rollout (Codex). */
    record AgentMessage(String text) implements SessionEvent {}

    /**
     * The agent called a tool, as its transcript records it: the call's id, the tool's name, its input (JSON, clipped)
     * and, for shell tools, the exact command (empty otherwise).
     */
    record ToolCall(@JsonDefault String callId, String tool, @JsonDefault String input, @JsonDefault String command)
            implements SessionEvent {}

    /** What a tool call gave back: ok or an error, and the start of its output. */
    record ToolResult(@JsonDefault String callId, boolean ok, @JsonDefault String output) implements SessionEvent {}

    /**
     * One model request's tokens, counted once ({@code request} is the key it was deduplicated on). {@code inputTokens}
     * is the uncached input, as in Anthropic's API; the cache counts stand beside it. {@code costUsd} is what the
     * daemon's price table made of it when it was read, empty when the model has no price.
     */
    record Usage(String request, @JsonDefault String model, long inputTokens, long outputTokens, long cacheReadTokens,
                 long cacheWriteTokens, java.util.Optional<Double> costUsd) implements SessionEvent {}

    /** Someone raised a session budget ({@code budget}: {@code usd} or {@code tokens}) by {@code amount}, to {@code limit}. */
    record BudgetRaised(Sender by, String budget, String amount, String limit) implements SessionEvent {}

    /**
     * What the worktree showed against its base when a turn ended: each changed file as {@code git diff --numstat}
     * prints it ({@code insertions<TAB>deletions<TAB>path}; {@code -} counts for a binary file), the commits beyond
     * the base ({@code abc1234 subject}, newest first) and the files with uncommitted changes. The hub's recap shows
     * the latest one while the daemon is offline.
     */
    @JsonName("diffstat")
    record DiffstatTaken(List<String> numstat, List<String> commits, List<String> uncommitted) implements SessionEvent {
        public DiffstatTaken {
            numstat = List.copyOf(numstat);
            commits = List.copyOf(commits);
            uncommitted = List.copyOf(uncommitted);
        }
    }

    /** The event's {@code type} in its JSON form: {@code state}, {@code prompt_opened}, … */
    default String type() {
        return RecordJson.tagOf(getClass());
    }
}
