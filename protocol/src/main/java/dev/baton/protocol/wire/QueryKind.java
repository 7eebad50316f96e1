package dev.baton.protocol.wire;

import java.util.Optional;

/**
 * What a {@link WireMessage.Query} asks a daemon to render. On the wire it is a word ({@code screen}) or a word and a
 * worktree path ({@code file:src/Main.java}); here it is a record, switched over exhaustively.
 */
public sealed interface QueryKind {
    /** The terminal's screen as text. */
    record Screen() implements QueryKind {}

    /** The worktree's diff against its base branch. */
    record Diff() implements QueryKind {}

    /** The same as a diffstat. */
    record Diffstat() implements QueryKind {}

    /** The session's recap as JSON (facts only). */
    record Recap() implements QueryKind {}

    /** The recap with its prose summary, or {@code off} when summaries are not configured. */
    record RecapProse() implements QueryKind {}

    /** The attention history as JSON. */
    record Attention() implements QueryKind {}

    /** Both sides of the conversation as JSON: human turns with their senders, the agent's messages, tool calls and results. */
    record Transcript() implements QueryKind {}

    /** The worktree's files as JSON. */
    record Files() implements QueryKind {}

    /** One file's text. */
    record File(String path) implements QueryKind {}

    /** One file's diff against the base branch. */
    record FileDiff(String path) implements QueryKind {}

    /**
     * The local branches of one of the daemon's repos (as its hello lists it) as a JSON list, the checked-out one
     * first: what the launch dialog offers as base branches. Not about a session; its query's session id is ignored.
     */
    record Branches(String repo) implements QueryKind {}

    QueryKind SCREEN = new Screen();
    QueryKind DIFF = new Diff();
    QueryKind DIFFSTAT = new Diffstat();
    QueryKind RECAP = new Recap();
    QueryKind RECAP_PROSE = new RecapProse();
    QueryKind ATTENTION = new Attention();
    QueryKind TRANSCRIPT = new Transcript();
    QueryKind FILES = new Files();

    /** The wire form: {@code screen}, {@code file:PATH}, … */
    default String wire() {
        return switch (this) {
            case Screen s -> "screen";
            case Diff d -> "diff";
            case Diffstat d -> "diffstat";
            case Recap r -> "recap";
            case RecapProse r -> "recap-prose";
            case Attention a -> "attention";
            case Transcript t -> "transcript";
            case Files f -> "files";
            case File f -> "file:" + f.path();
            case FileDiff f -> "filediff:" + f.path();
            case Branches b -> "branches:" + b.repo();
        };
    }

    /** Whether the answer is JSON (the page redacts it value by value). */
    default boolean json() {
        return switch (this) {
            case Attention a -> true;
            case Transcript t -> true;
            case Files f -> true;
            case Recap r -> true;
            case Screen s -> false;
            case Diff d -> false;
            case Diffstat d -> false;
            case RecapProse r -> false;
            case File f -> false;
            case FileDiff f -> false;
            case Branches b -> true;
        };
    }

    /** The kind a wire word names; empty for anything else. */
    static Optional<QueryKind> parse(String wire) {
        if (wire.startsWith("file:")) {
            return Optional.of(new File(wire.substring(5)));
        }
        if (wire.startsWith("branches:")) {
            return Optional.of(new Branches(wire.substring(9)));
        }
        if (wire.startsWith("filediff:")) {
            return Optional.of(new FileDiff(wire.substring(9)));
        }
        return Optional.ofNullable(switch (wire) {
            case "screen" -> SCREEN;
            case "diff" -> DIFF;
            case "diffstat" -> DIFFSTAT;
            case "recap" -> RECAP;
            case "recap-prose" -> RECAP_PROSE;
            case "attention" -> ATTENTION;
            case "transcript" -> TRANSCRIPT;
            case "files" -> FILES;
            default -> null;
        });
    }
}
