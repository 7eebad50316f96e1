package dev.baton.protocol.cli;

import dev.baton.protocol.id.SessionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daemon's answer to a {@link CliRequest}: one JSON line, {@code {"ok":true,...fields}}, or
 * {@code {"ok":false,"error":…}} ({@link Failed}). Which record a success is follows from the request.
 */
public sealed interface CliReply {

    /** The request could not be served; {@code error} is fit for the user. */
    record Failed(String error) implements CliReply {}

    /** Facts about the daemon, for {@code agent daemon info}. {@code hub}: the hub link's state, if any. */
    record DaemonFacts(String name, String version, long pid, String root, String socket, String config,
                       String startedAt, long uptimeS, int liveSessions, long heapUsedMb, String java,
                       Optional<String> hub, Map<String, AgentFacts> agents) implements CliReply {}

    /** An agent the daemon's config defines, and whether its command is on the daemon's PATH. */
    record AgentFacts(String command, List<String> args, String vendor, boolean found) {}

    record Started(SessionSummary session) implements CliReply {}

    /** {@code agent ls}: the sessions as of {@code now} (ISO-8601, like {@link SessionSummary}'s times). */
    record Listing(String now, List<SessionSummary> sessions) implements CliReply {}

    /** The rendered screen; {@code replayed} when it was rebuilt from the log of an ended session. */
    record ScreenImage(int cols, int rows, int cursorRow, int cursorCol, boolean altScreen, boolean replayed,
                       List<String> lines, String text) implements CliReply {}

    /** The event number of what was just sent. */
    record Seq(long seq) implements CliReply {}

    record Message(String message) implements CliReply {}

    /**
     * What became of an {@code append_session_events} batch: how many events were recorded, the ones refused (by
     * their index in the batch, from 0, with the reason), and the seq of the last event recorded.
     */
    record Appended(long accepted, List<Rejection> rejected, long seq) implements CliReply {}

    /** One refused event of a batch: {@code index} from 0, and why (a bad field, or the session's rate limit). */
    record Rejection(long index, String error) {}

    /** The session's end: its state, exit code if any, and what was done (patch saved, worktree removed). */
    record Killed(String state, Optional<Integer> exitCode, List<String> notes) implements CliReply {}

    record DiffText(String base, String branch, String diff) implements CliReply {}

    /**
     * The recap as JSON, Markdown and terminal text; {@code proseOn}: whether the config asks for the prose summary,
     * which takes up to {@code proseTimeoutS}.
     */
    record Recapped(Map<String, Object> recap, String markdown, String text, boolean proseOn, long proseTimeoutS)
            implements CliReply {}

    /**
     * A session's budgets: what it used, its limits now ({@code sessionUsd} as decimal text; config plus raises),
     * whether a budget holds it paused, the tokens a {@code session_tokens} budget counts, and what a raise did.
     */
    record BudgetState(String name, SessionUsage usage, Optional<String> sessionUsd, Optional<Long> sessionTokens,
                       boolean paused, long tokens, Optional<String> message) implements CliReply {}

    /** Attached; binary frames follow. */
    record Attached(String name) implements CliReply {}

    /** The events of session {@code session} follow as JSON lines. */
    record EventsOpened(SessionId session, String name) implements CliReply {}

    /** The feed of every session's events follows as JSON lines; {@code now} is when it opened. */
    record FeedOpened(String now) implements CliReply {}

    /**
     * For a {@code PermissionRequest}: the {@code decision} ({@code allow_once}, {@code allow_always}, {@code deny}
     * or {@code answered}), the denial's message, and the rules an always-allow adds. Empty for other hooks.
     */
    record HookAnswer(Optional<String> decision, Optional<String> message, Optional<Object> updatedPermissions)
            implements CliReply {
        public static HookAnswer none() {
            return new HookAnswer(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }
}
