package dev.baton.protocol.cli;

import dev.baton.protocol.json.JsonTag;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code agent} CLI asks of its daemon on the control socket, one JSON line tagged by {@code op}:
 * {@code {"op":"ls","all":true}}. {@code R} is the reply a request gets when it succeeds (otherwise
 * {@link CliReply.Failed}). The daemon switches over these exhaustively; add a record and the build shows where.
 * Fields that may be absent are {@code Optional}s (or primitives, absent meaning zero or false).
 */
public sealed interface CliRequest<R extends CliReply> {
    JsonTag JSON_TAG = new JsonTag("op", "request");

    /** {@code agent daemon info}; with {@code gc} the heap figure is taken after a full collection. */
    record Info(boolean gc) implements CliRequest<CliReply.DaemonFacts> {}

    /**
     * {@code agent run}: a new session, or ({@code continues}) one taking over an ended session's worktree.
     * {@code repo} is an absolute path; {@code user} is who ran the command.
     */
    record Run(String name, Optional<String> agent, String repo, Optional<String> branch, Optional<String> prompt,
               Optional<String> user, Optional<String> continues) implements CliRequest<CliReply.Started> {}

    /** {@code agent ls}; {@code all} includes removed sessions, {@code grep} keeps those that mention it. */
    record Ls(boolean all, Optional<String> grep) implements CliRequest<CliReply.Listing> {}

    record Screen(Target target) implements CliRequest<CliReply.ScreenImage> {}

    /** Text typed into the session, then Enter. */
    record SendInput(Target target, String text, Optional<String> user)
            implements CliRequest<CliReply.Seq> {}

    /** Named keys ({@code esc}, {@code ctrl-c}, …), straight to the PTY. */
    record SendKeys(Target target, List<String> keys, Optional<String> user)
            implements CliRequest<CliReply.Seq> {}

    /** The worktree against its base branch; {@code stat} for the summary only. */
    record Diff(Target target, boolean stat) implements CliRequest<CliReply.DiffText> {}

    /** The session's recap; {@code prose} asks for the machine-written summary too (slow). */
    record Recap(Target target, boolean prose) implements CliRequest<CliReply.Recapped> {}

    /** End the agent; {@code rm} also removes the worktree (saving a patch first). */
    record Kill(Target target, boolean rm, Optional<String> user) implements CliRequest<CliReply.Killed> {}

    /** An attention signal from outside the agent ({@code agent emit}); the daemon checks level and kind. */
    record Emit(Target target, String level, String kind, Optional<String> message, Optional<String> user)
            implements CliRequest<CliReply.Seq> {}

    /** Detaches whoever is attached at the terminal. */
    record Detach(Target target, Optional<String> user) implements CliRequest<CliReply.Message> {}

    /** The interactive terminal: after the reply, binary frames both ways (see the daemon's {@code Wire}). */
    record Attach(Target target, int cols, int rows, Optional<String> user)
            implements CliRequest<CliReply.Attached> {}

    /** The stored events after {@code after}, then (with {@code follow}) live ones, as JSON lines, then a {@link StreamEnd}. */
    record Events(Target target, boolean follow, long after)
            implements CliRequest<CliReply.EventsOpened> {}

    /**
     * Every session's events as they are appended, for the TUI's live feed: after the reply, one JSON line per event
     * (each names its {@code session}) until the client goes away, or a {@link StreamEnd} if it falls too far behind.
     */
    record Feed() implements CliRequest<CliReply.FeedOpened> {}

    /**
     * An answer to the session's open prompt given in the TUI: the same path and audit as a chat answer, recorded as
     * answered from the TUI. It names the prompt and the hash of its input (from its {@code prompt_opened} event), so
     * an answer to a prompt that has moved on is refused as stale.
     */
    record Answer(Target target, String promptId, String inputHash, dev.baton.protocol.session.Decision decision,
                  Optional<String> user) implements CliRequest<CliReply.Message> {}

    /**
     * {@code append_session_events}: a batch of structured events from an instrumented agent (on {@code BATON_SOCKET},
     * or {@code agent emit --batch}). Each is an object {@code {"level":"info|notice|action","kind":…,"message":…,
     * …free fields}}; the daemon validates each and rate-limits them per session.
     */
    record AppendSessionEvents(Target target, List<Map<String, Object>> events, Optional<String> user)
            implements CliRequest<CliReply.Appended> {}

    /**
     * {@code stream_events}: the stored events after {@code after}, then live ones until the session ends, as JSON
     * lines, then a {@link StreamEnd} ({@code agent events --follow --json}).
     */
    record StreamEvents(Target target, long after) implements CliRequest<CliReply.EventsOpened> {}

    /** An agent hook's event from inside session {@code sessionId}; a {@code PermissionRequest} waits for an answer. */
    record Hook(String sessionId, String event, Map<String, Object> payload) implements CliRequest<CliReply.HookAnswer> {}

    /**
     * {@code agent budget}: the session's spend against its {@code [budgets]}; with {@code raiseUsd} (dollars, as
     * text) or {@code raiseTokens}, a raise by {@code user} that resumes a session its budget paused.
     */
    record Budget(Target target, Optional<String> raiseUsd, Optional<Long> raiseTokens, Optional<String> user)
            implements CliRequest<CliReply.BudgetState> {}

    /** Stop the daemon; {@code keepAgents} (a restart) leaves the agents running in the PTY host. */
    record Stop(boolean keepAgents) implements CliRequest<CliReply.Message> {}
}
